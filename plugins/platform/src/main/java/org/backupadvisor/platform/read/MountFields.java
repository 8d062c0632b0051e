package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backupadvisor.core.input.TextLines.Line;

/** Field rules shared by every mount table reader: which types are NFS, how "server:/export" splits, escapes. */
final class MountFields {
    private MountFields() {
    }

    static boolean isNfs(String fsType) {
        String t = fsType.toLowerCase(Locale.ROOT);
        return t.equals("nfs") || t.equals("nfs3") || t.equals("nfs4");
    }

    /** Whitespace-separated fields of a trimmed line. */
    static String[] fields(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /**
     * Undoes the kernel's octal escapes in /proc/mounts and fstab (space = \040, tab = \011, newline = \012,
     * backslash = \134), so "/mnt/backup\040set" is the mount point the user knows.
     */
    static String unescapeOctal(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && isOctal(s, i + 1) && isOctal(s, i + 2) && isOctal(s, i + 3)) {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOctal(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7';
    }

    static List<String> commaOptions(String options) {
        List<String> out = new ArrayList<>();
        for (String o : options.split(",")) {
            if (!o.isBlank()) {
                out.add(o.strip());
            }
        }
        return out;
    }

    /** The "server" and "/export" of an NFS device; "[fe80::1]:/x" keeps IPv6 literals whole. */
    static String[] serverAndExport(String device, Line at) {
        int colon;
        if (device.startsWith("[")) {
            int close = device.indexOf(']');
            colon = close < 0 ? -1 : device.indexOf(':', close);
        } else {
            colon = device.indexOf(':');
        }
        if (colon <= 0) {
            throw at.error("expected SERVER:/EXPORT as the NFS device; found '" + device + "'");
        }
        String server = device.substring(0, colon);
        if (server.startsWith("[") && server.endsWith("]")) {
            server = server.substring(1, server.length() - 1);
        }
        return new String[] {server, device.substring(colon + 1)};
    }

    /** An NFS mount from a device field; callers have checked the type. */
    static NfsMount mount(String device, String mountPoint, String fsType, List<String> options, String os,
            Line at) {
        String[] se = serverAndExport(device, at);
        return new NfsMount(se[0], se[1], mountPoint, fsType, options, os, at.file(), at.number());
    }
}
