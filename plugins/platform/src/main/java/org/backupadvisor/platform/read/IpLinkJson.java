package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;

/**
 * {@code ip -details -json link}: an array of links with "ifname", "mtu", "operstate" and "link_type". The loopback
 * is left out. ip link has no speed or duplex; those stay null (ethtool has them).
 */
public final class IpLinkJson {
    private IpLinkJson() {
    }

    public static List<Nic> read(InputFile f) {
        List<Nic> out = new ArrayList<>();
        for (Node link : JsonFiles.objects(JsonFiles.tree(f))) {
            if (link.value() != null) {
                throw link.error("expected a JSON object per link (ip -details -json link)");
            }
            String name = link.text("ifname")
                    .orElseThrow(() -> link.error("expected \"ifname\" in every link (ip -details -json link)"));
            if (name.equals("lo") || link.text("link_type").orElse("").equals("loopback")) {
                continue;
            }
            out.add(new Nic(name, null, null, linkUp(link), link.integer("mtu").orElse(null), link.file(),
                    link.line()));
        }
        return List.copyOf(out);
    }

    /** The kernel's RFC 2863 operstate: UP is up, DOWN-like states are down, UNKNOWN (no carrier report) stays null. */
    private static Boolean linkUp(Node link) {
        String state = link.text("operstate").orElse("UNKNOWN");
        return switch (state.toUpperCase(Locale.ROOT)) {
            case "UP" -> true;
            case "DOWN", "LOWERLAYERDOWN", "NOTPRESENT" -> false;
            case "UNKNOWN", "DORMANT", "TESTING" -> null;
            default -> throw link.path("operstate").orElseThrow().error("operstate = '" + state
                    + "': expected UP, DOWN, LOWERLAYERDOWN, NOTPRESENT, DORMANT, TESTING or UNKNOWN");
        };
    }
}
