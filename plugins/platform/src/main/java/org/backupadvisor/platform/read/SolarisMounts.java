package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * Solaris mount tables: /etc/mnttab (special, mount point, type, options, mount time; tab-separated, older releases
 * used spaces) and {@code mount -v} ("SPECIAL on MOUNTPOINT type TYPE OPTIONS on DATE", options slash-separated).
 */
public final class SolarisMounts {
    private static final Pattern MOUNT_V = Pattern.compile("^(\\S+) on (\\S+) type (\\S+) (\\S+) on (\\S.*)$");

    private SolarisMounts() {
    }

    /** /etc/mnttab: "server:/export\t/mnt\tnfs\trw,vers=3,rsize=32768,...\t1234567890". */
    public static List<NfsMount> mnttab(List<Line> lines) {
        List<NfsMount> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            String t = l.text().strip();
            String[] f = t.indexOf('\t') >= 0 ? t.split("\t+") : MountFields.fields(t);
            if (f.length < 4 || f.length > 5) {
                throw l.error("expected 'SPECIAL MOUNTPOINT TYPE OPTIONS TIME' (mnttab, tab-separated); found "
                        + f.length + " fields");
            }
            List<String> options = MountFields.commaOptions(f[3]);
            // "ignore" marks entries that df and mount hide, such as vold's pseudo-NFS mount of /vol.
            if (MountFields.isNfs(f[2]) && !options.contains("ignore")) {
                out.add(MountFields.mount(f[0], f[1], f[2], options, NfsMount.SOLARIS, l));
            }
        }
        return List.copyOf(out);
    }

    /** mount -v: "server:/export on /mnt type nfs remote/read/write/setuid/devices/rsize=32768/... on Mon Jan ...". */
    public static List<NfsMount> mountV(List<Line> lines) {
        List<NfsMount> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            Matcher m = MOUNT_V.matcher(l.text().strip());
            if (!m.matches()) {
                throw l.error("expected 'SPECIAL on MOUNTPOINT type TYPE OPTIONS on DATE' (Solaris mount -v)");
            }
            if (MountFields.isNfs(m.group(3))) {
                out.add(MountFields.mount(m.group(1), m.group(2), m.group(3), slashOptions(m.group(4)),
                        NfsMount.SOLARIS, l));
            }
        }
        return List.copyOf(out);
    }

    /** "remote/read/write/setuid/rsize=32768" → remote, read/write, setuid, rsize=32768: read/write is one flag. */
    static List<String> slashOptions(String flags) {
        List<String> out = new ArrayList<>();
        String[] parts = flags.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("read") && i + 1 < parts.length && parts[i + 1].equals("write")) {
                out.add("read/write");
                i++;
            } else if (!parts[i].isEmpty()) {
                out.add(parts[i]);
            }
        }
        return out;
    }
}
