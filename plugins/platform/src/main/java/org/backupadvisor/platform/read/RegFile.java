package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * A .reg file exactly as {@code reg export} or regedit writes it: the header line ("Windows Registry Editor Version
 * 5.00", or "REGEDIT4" for the ANSI format), [KEY] lines, and "Name"=data / @=data value lines whose hex data
 * continues over lines ending in a backslash. Deleted keys ([-KEY]) and deleted values ("Name"=-) carry no value.
 */
public final class RegFile {
    static final String HEADER_5 = "Windows Registry Editor Version 5.00";
    static final String HEADER_4 = "REGEDIT4";

    private RegFile() {
    }

    public static List<RegistryValue> values(List<Line> lines) {
        List<RegistryValue> out = new ArrayList<>();
        Boolean regedit4 = null;
        String key = null;
        boolean deletedKey = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith(";")) {
                continue;
            }
            if (regedit4 == null) {
                regedit4 = header(t, l);
                continue;
            }
            if (t.startsWith("[")) {
                if (!t.endsWith("]") || t.length() < 3) {
                    throw l.error("expected [KEY] with a closing ']'");
                }
                deletedKey = t.startsWith("[-");
                key = t.substring(deletedKey ? 2 : 1, t.length() - 1);
                continue;
            }
            StringBuilder joined = new StringBuilder(t);
            while (joined.charAt(joined.length() - 1) == '\\' && i + 1 < lines.size() && continues(joined)) {
                joined.setLength(joined.length() - 1);
                joined.append(lines.get(++i).text().strip());
            }
            RegistryValue v = value(joined.toString(), key, regedit4, l);
            if (v != null && !deletedKey) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** Only hex data is continued; a quoted string ending in a backslash ("C:\\") is complete. */
    private static boolean continues(CharSequence valueLine) {
        String s = valueLine.toString();
        int eq = s.indexOf("=hex");
        return eq >= 0 && !s.substring(eq).contains("\"");
    }

    private static boolean header(String t, Line l) {
        if (t.startsWith(HEADER_5)) {
            return false;
        }
        if (t.startsWith(HEADER_4)) {
            return true;
        }
        throw l.error("expected the header '" + HEADER_5 + "' or '" + HEADER_4 + "' (a .reg export)");
    }

    private static RegistryValue value(String t, String key, boolean regedit4, Line l) {
        if (!t.startsWith("\"") && !t.startsWith("@")) {
            throw l.error("expected [KEY], \"Name\"=data or @=data; found '" + RegData.abbreviate(t) + "'");
        }
        if (key == null) {
            throw l.error("expected a [KEY] line before the first value");
        }
        int end = t.startsWith("@") ? 1 : closingQuote(t, l) + 1;
        String name = t.startsWith("@") ? "" : RegData.quoted(t.substring(0, end), l);
        String rest = t.substring(end).stripLeading();
        if (!rest.startsWith("=")) {
            throw l.error("expected '=' after the value name");
        }
        return RegData.value(key, name, rest.substring(1).strip(), regedit4, l);
    }

    private static int closingQuote(String t, Line l) {
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) == '\\') {
                i++;
            } else if (t.charAt(i) == '"') {
                return i;
            }
        }
        throw l.error("expected a closing quote after the value name");
    }

    /**
     * The computer a .reg export describes: "Hostname" under ...\Services\Tcpip\Parameters, else "ComputerName"
     * under ...\Control\ComputerName\ComputerName (or ActiveComputerName); empty when the export has neither.
     */
    public static Optional<String> host(List<RegistryValue> values) {
        Optional<String> tcpip = stringValue(values, "\\services\\tcpip\\parameters", "hostname");
        if (tcpip.isPresent()) {
            return tcpip;
        }
        return stringValue(values, "\\computername\\computername", "computername")
                .or(() -> stringValue(values, "\\computername\\activecomputername", "computername"));
    }

    private static Optional<String> stringValue(List<RegistryValue> values, String keySuffix, String name) {
        return values.stream()
                .filter(v -> v.key().toLowerCase(Locale.ROOT).endsWith(keySuffix))
                .filter(v -> v.name().equalsIgnoreCase(name))
                .filter(v -> v.value() instanceof String s && !s.isBlank())
                .map(v -> ((String) v.value()).strip())
                .findFirst();
    }
}
