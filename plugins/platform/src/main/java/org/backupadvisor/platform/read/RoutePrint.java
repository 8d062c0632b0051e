package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * Windows {@code route print}: the IPv4 Route Table's "Active Routes:" (destination, netmask, gateway, interface,
 * metric) and "Persistent Routes:" (no interface column; "None" when empty). The Interface List, the IPv6 table and
 * the ===== rules are passed over, and so is Windows XP's "Default Gateway:" summary line. English output only.
 */
public final class RoutePrint {
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern METRIC = Pattern.compile("^\\d{1,9}$");

    private enum Section { OTHER, ACTIVE, PERSISTENT }

    private RoutePrint() {
    }

    public static List<Route> read(List<Line> lines) {
        List<Route> out = new ArrayList<>();
        boolean ipv4 = false;
        Section section = Section.OTHER;
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.startsWith("IPv4 Route Table")) {
                ipv4 = true;
                section = Section.OTHER;
            } else if (t.startsWith("IPv6 Route Table")) {
                ipv4 = false;
                section = Section.OTHER;
            } else if (t.startsWith("Interface List")) {
                section = Section.OTHER;
            } else if (t.equals("Active Routes:")) {
                section = ipv4 ? Section.ACTIVE : Section.OTHER;
            } else if (t.equals("Persistent Routes:")) {
                section = ipv4 ? Section.PERSISTENT : Section.OTHER;
            } else if (section != Section.OTHER && !skipped(t)) {
                out.add(route(t, section == Section.PERSISTENT, l));
            }
        }
        return List.copyOf(out);
    }

    private static boolean skipped(String t) {
        return t.isEmpty() || t.startsWith("=") || t.startsWith("Network Destination")
                || t.startsWith("Network Address") || t.equals("None") || t.startsWith("Default Gateway:");
    }

    private static Route route(String t, boolean persistent, Line l) {
        String[] f = MountFields.fields(t);
        int expected = persistent ? 4 : 5;
        String shape = persistent ? "'NETWORK NETMASK GATEWAY METRIC' (persistent route)"
                : "'DESTINATION NETMASK GATEWAY INTERFACE METRIC' (active route)";
        if (f.length != expected || !IPV4.matcher(f[0]).matches() || !IPV4.matcher(f[1]).matches()) {
            throw l.error("expected " + shape);
        }
        String metric = f[expected - 1];
        Integer m = METRIC.matcher(metric).matches() ? Integer.valueOf(metric) : null;
        if (m == null && !(persistent && metric.equals("Default"))) {
            throw l.error("expected a whole-number metric" + (persistent ? " or Default" : "") + "; found '"
                    + metric + "'");
        }
        return new Route(f[0], f[1], f[2], persistent ? null : f[3], m, persistent, l.file(), l.number());
    }
}
