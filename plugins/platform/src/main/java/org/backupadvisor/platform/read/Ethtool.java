package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * {@code ethtool IFACE} output, one or more interfaces in a file: "Settings for eth0:" then tab-indented
 * "Name: value" lines. Only Speed, Duplex and "Link detected" matter; the link-mode lists and the rest are passed over,
 * and so are ethtool's own unindented complaints ("Cannot get wake-on-lan settings: Operation not permitted").
 */
public final class Ethtool {
    private static final Pattern HEADER = Pattern.compile("^Settings for (\\S+):\\s*$");
    // Possessive "\\s++": "[^:]+" matches blanks too, so with a plain "\\s+" a long indented line without a colon is
    // tried at every split between the two (quadratic: seconds for a 200 KB line, minutes for 1 MiB).
    private static final Pattern FIELD = Pattern.compile("^\\s++([^:]+):\\s*(.*)$");
    private static final Pattern SPEED = Pattern.compile("^(\\d+)Mb/s$");
    private static final long MAX_SPEED_MBPS = 0xFFFF_FFFFL;

    private Ethtool() {
    }

    public static List<Nic> read(List<Line> lines) {
        List<Nic> out = new ArrayList<>();
        Builder current = null;
        for (Line l : lines) {
            String t = l.text().stripTrailing();
            Matcher h = HEADER.matcher(t);
            if (h.matches()) {
                if (current != null) {
                    out.add(current.build());
                }
                current = new Builder(h.group(1), l);
                continue;
            }
            Matcher f = FIELD.matcher(t);
            if (current != null && f.matches()) {
                current.field(f.group(1).strip(), f.group(2).strip(), l);
            }
        }
        if (current == null) {
            // An empty file names no interface; text without any header is not ethtool output.
            for (Line l : lines) {
                if (!l.text().isBlank()) {
                    throw l.error("expected 'Settings for IFACE:' (ethtool IFACE output)");
                }
            }
            return List.of();
        }
        out.add(current.build());
        return List.copyOf(out);
    }

    private static final class Builder {
        private final String name;
        private final Line header;
        private Double speed;
        private String duplex;
        private Boolean linkUp;

        Builder(String name, Line header) {
            this.name = name;
            this.header = header;
        }

        void field(String key, String value, Line l) {
            switch (key) {
                case "Speed" -> speed = speed(value, l);
                case "Duplex" -> duplex = duplex(value, l);
                case "Link detected" -> linkUp = linkDetected(value, l);
                default -> {
                    // Link modes, port, PHYAD, wake-on...: not needed for throughput.
                }
            }
        }

        Nic build() {
            return new Nic(name, speed, duplex, linkUp, null, header.file(), header.number());
        }
    }

    private static Double speed(String value, Line l) {
        if (value.startsWith("Unknown")) {
            return null;
        }
        Matcher m = SPEED.matcher(value);
        if (!m.matches()) {
            throw l.error("expected 'Speed: <n>Mb/s' or 'Speed: Unknown!'; found '" + value + "'");
        }
        // ethtool prints the speed as an unsigned 32-bit number ("%uMb/s"); more digits would read as an infinite speed.
        String digits = m.group(1);
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_SPEED_MBPS) {
            throw l.error("expected 'Speed: <n>Mb/s' with n up to " + MAX_SPEED_MBPS
                    + " (ethtool's 32-bit speed); found '" + RegData.abbreviate(value) + "'");
        }
        return Long.parseLong(digits) * 1e6;
    }

    private static String duplex(String value, Line l) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("full") || v.equals("half")) {
            return v;
        }
        if (v.startsWith("unknown")) {
            return null;
        }
        throw l.error("expected 'Duplex: Full', 'Half' or 'Unknown!'; found '" + value + "'");
    }

    /** "yes", "no", or newer ethtool's "no (No cable)". */
    private static Boolean linkDetected(String value, Line l) {
        String first = value.split("\\s+")[0];
        return switch (first) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw l.error("expected 'Link detected: yes' or 'no'; found '" + value + "'");
        };
    }
}
