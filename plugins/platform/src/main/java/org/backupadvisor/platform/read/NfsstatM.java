package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * {@code nfsstat -m}: "MOUNTPOINT from SERVER:/EXPORT" then indented "Name: value" lines. Linux (nfs-utils) prints one
 * " Flags:" line with the /proc/mounts options; Solaris prints " Flags:" (vers= first), " Attr cache:", timers and
 * " Failover:". The block's other lines are not needed and are passed over.
 */
public final class NfsstatM {
    private static final Pattern HEADER = Pattern.compile("^(\\S.*) from (\\S+)$");
    private static final Pattern FIELD = Pattern.compile("^\\s+([A-Za-z][A-Za-z ]*):\\s*(.*)$");

    private NfsstatM() {
    }

    public static List<NfsMount> read(List<Line> lines) {
        List<NfsMount> out = new ArrayList<>();
        Block block = null;
        for (Line l : lines) {
            String t = l.text();
            if (t.isBlank()) {
                continue;
            }
            Matcher h = HEADER.matcher(t.stripTrailing());
            if (!Character.isWhitespace(t.charAt(0)) && h.matches()) {
                addTo(out, block);
                block = new Block(l, h.group(1), h.group(2));
                continue;
            }
            Matcher f = FIELD.matcher(t.stripTrailing());
            if (!f.matches()) {
                throw l.error("expected 'MOUNTPOINT from SERVER:/EXPORT' or an indented 'Name: value' line"
                        + " (nfsstat -m)");
            }
            if (block == null) {
                throw l.error("expected 'MOUNTPOINT from SERVER:/EXPORT' before the first '" + f.group(1) + ":' line");
            }
            block.field(f.group(1).strip(), f.group(2).strip());
        }
        addTo(out, block);
        return List.copyOf(out);
    }

    private static void addTo(List<NfsMount> out, Block b) {
        if (b != null) {
            out.add(b.mount());
        }
    }

    /** One mount's lines, turned into an {@link NfsMount} once the whole block is read. */
    private static final class Block {
        private final Line header;
        private final String mountPoint;
        private final String device;
        private List<String> flags;
        private boolean attrCache;

        Block(Line header, String mountPoint, String device) {
            this.header = header;
            this.mountPoint = MountFields.unescapeOctal(mountPoint);
            this.device = device;
        }

        void field(String name, String value) {
            if (name.equals("Flags")) {
                flags = MountFields.commaOptions(value);
            } else if (name.equals("Attr cache")) {
                attrCache = true;
            }
        }

        NfsMount mount() {
            if (flags == null) {
                throw header.error("expected a ' Flags:' line after '" + header.text().strip() + "'");
            }
            // Solaris prints vers= first and an "Attr cache:" line; Linux starts with rw/ro and has neither.
            boolean solaris = attrCache || (!flags.isEmpty() && flags.get(0).startsWith("vers="));
            String vers = flags.stream().filter(o -> o.startsWith("vers=")).reduce((a, b) -> b).orElse("");
            String fsType = !solaris && vers.startsWith("vers=4") ? "nfs4" : "nfs";
            return MountFields.mount(device, mountPoint, fsType, flags,
                    solaris ? NfsMount.SOLARIS : NfsMount.LINUX, header);
        }
    }
}
