package org.backupadvisor.platform.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * The data after '=' in a .reg value line: "string", dword:, hex:, hex(N):. Regedit 5 writes hex(2) and hex(7)
 * strings as UTF-16 LE bytes; REGEDIT4 files write them in the ANSI code page, one byte per character.
 */
final class RegData {
    private static final Pattern DWORD = Pattern.compile("^[0-9a-fA-F]{1,8}$");
    private static final Charset ANSI = Charset.forName("windows-1252");

    private RegData() {
    }

    /** The value for {@code data} in REG_* {@code type}, or null for a deletion ("Name"=-). */
    static RegistryValue value(String key, String name, String data, boolean regedit4, Line at) {
        if (data.equals("-")) {
            return null;
        }
        if (data.startsWith("\"")) {
            return of(key, name, RegistryValue.SZ, quoted(data, at), at);
        }
        if (data.regionMatches(true, 0, "dword:", 0, 6)) {
            String hex = data.substring(6).strip();
            if (!DWORD.matcher(hex).matches()) {
                throw at.error("expected dword:XXXXXXXX (up to 8 hex digits); found '" + data + "'");
            }
            return of(key, name, RegistryValue.DWORD, Long.parseLong(hex, 16), at);
        }
        int colon = data.indexOf(':');
        String prefix = colon < 0 ? "" : data.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!prefix.equals("hex") && !prefix.matches("hex\\([0-9a-f]{1,8}\\)")) {
            throw at.error("expected \"string\", dword:, hex:, hex(N): or - after '='; found '" + abbreviate(data)
                    + "'");
        }
        byte[] bytes = bytes(data.substring(colon + 1), at);
        // hex(N): N is a 32-bit registry type, up to ffffffff: read unsigned (80000000 and above are valid types too).
        int kind = prefix.equals("hex") ? 3 : Integer.parseUnsignedInt(prefix.substring(4, prefix.length() - 1), 16);
        Charset strings = regedit4 ? ANSI : StandardCharsets.UTF_16LE;
        return switch (kind) {
            case 1 -> of(key, name, RegistryValue.SZ, string(bytes, strings), at);
            case 2 -> of(key, name, RegistryValue.EXPAND_SZ, string(bytes, strings), at);
            case 3 -> of(key, name, RegistryValue.BINARY, bytes, at);
            case 4 -> of(key, name, RegistryValue.DWORD, littleEndian(bytes, 4, at), at);
            case 7 -> of(key, name, RegistryValue.MULTI_SZ, strings(bytes, strings), at);
            case 11 -> of(key, name, RegistryValue.QWORD, littleEndian(bytes, 8, at), at);
            default -> of(key, name, rawType(kind), bytes, at);
        };
    }

    private static RegistryValue of(String key, String name, String type, Object value, Line at) {
        return new RegistryValue(key, name, type, value, at.file(), at.number());
    }

    /** A quoted .reg string or value name: \\ is a backslash, \" a quote; returns the text between the quotes. */
    static String quoted(String s, Line at) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else if (c == '"') {
                String rest = s.substring(i + 1).strip();
                if (!rest.isEmpty() && !rest.startsWith(";")) {
                    throw at.error("expected nothing after the closing quote; found '" + abbreviate(rest) + "'");
                }
                return out.toString();
            } else {
                out.append(c);
            }
        }
        throw at.error("expected a closing quote in " + abbreviate(s));
    }

    /**
     * "0a,ff,00" (one trailing comma allowed, as regedit ends a continued line) as bytes. Checked by hand, not by a
     * regex: a repeated group such as "(,[0-9a-f]{1,2})*" recurses once per byte in java.util.regex and overflows the
     * stack at about 3,000 bytes, a size real REG_BINARY values reach.
     */
    private static byte[] bytes(String list, Line at) {
        String compact = list.replaceAll("\\s+", "");
        String body = compact.endsWith(",") ? compact.substring(0, compact.length() - 1) : compact;
        if (body.isEmpty()) {
            return new byte[0];
        }
        String[] parts = body.split(",", -1);
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String h = parts[i];
            if (h.isEmpty() || h.length() > 2 || !isHex(h.charAt(0)) || !isHex(h.charAt(h.length() - 1))) {
                throw at.error("expected comma-separated hex bytes such as hex:0a,ff; found '" + abbreviate(list) + "'");
            }
            out[i] = (byte) Integer.parseInt(h, 16);
        }
        return out;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static long littleEndian(byte[] b, int size, Line at) {
        if (b.length != size) {
            throw at.error("expected " + size + " bytes for a " + (size == 4 ? "REG_DWORD" : "REG_QWORD")
                    + "; found " + b.length);
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xFF);
        }
        return v;
    }

    /** A NUL-terminated string; the terminator (and anything regedit padded after it) is dropped. */
    private static String string(byte[] b, Charset cs) {
        String s = new String(b, cs);
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** REG_MULTI_SZ: strings separated by NUL, ended by an empty string; inner empty strings are kept. */
    private static List<String> strings(byte[] b, Charset cs) {
        List<String> out = new ArrayList<>(Arrays.asList(new String(b, cs).split("\0", -1)));
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return List.copyOf(out);
    }

    private static String rawType(int kind) {
        return switch (kind) {
            case 0 -> "REG_NONE";
            case 5 -> "REG_DWORD_BIG_ENDIAN";
            case 6 -> "REG_LINK";
            case 8 -> "REG_RESOURCE_LIST";
            case 9 -> "REG_FULL_RESOURCE_DESCRIPTOR";
            case 10 -> "REG_RESOURCE_REQUIREMENTS_LIST";
            default -> "REG_TYPE_" + Integer.toUnsignedString(kind);
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
