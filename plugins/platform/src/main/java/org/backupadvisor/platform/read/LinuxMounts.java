package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * Linux mount tables: /proc/mounts and /etc/mtab (the kernel's view, six fields, octal escapes), /etc/fstab (the
 * configured view, four to six fields, "defaults" allowed) and the {@code mount} command's listing. Every line must
 * parse; only the NFS entries are returned.
 */
public final class LinuxMounts {
    private static final Pattern MOUNT_LINE = Pattern.compile("^(\\S+) on (.+) type (\\S+) \\((.*)\\)$");

    private LinuxMounts() {
    }

    /** /proc/mounts or /etc/mtab: "server:/export /mnt/pt nfs4 rw,relatime,vers=4.1,... 0 0". */
    public static List<NfsMount> procMounts(List<Line> lines) {
        return table(lines, "expected 'DEVICE MOUNTPOINT TYPE OPTIONS 0 0' (/proc/mounts)");
    }

    /** /etc/fstab: "server:/export /mnt/pt nfs defaults,_netdev 0 0"; dump and pass may be left out. */
    public static List<NfsMount> fstab(List<Line> lines) {
        return table(lines, "expected 'DEVICE MOUNTPOINT TYPE OPTIONS [DUMP [PASS]]' (fstab)");
    }

    /** Same layout for both files, as glibc's getmntent reads them: '#' comments and blank lines pass. */
    private static List<NfsMount> table(List<Line> lines, String expected) {
        List<NfsMount> out = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = withoutTrailingComment(MountFields.fields(t));
            if (f.length < 4 || f.length > 6) {
                throw l.error(expected + ", 4 to 6 fields; found " + f.length);
            }
            for (int i = 4; i < f.length; i++) {
                if (!f[i].matches("\\d+")) {
                    throw l.error("expected a number in the dump/pass field; found '" + f[i] + "'");
                }
            }
            if (MountFields.isNfs(f[2])) {
                out.add(MountFields.mount(MountFields.unescapeOctal(f[0]), MountFields.unescapeOctal(f[1]), f[2],
                        MountFields.commaOptions(f[3]), NfsMount.LINUX, l));
            }
        }
        return List.copyOf(out);
    }

    /** glibc reads four strings and two numbers and ignores the rest, so "... 0 0    # comment" is fine. */
    private static String[] withoutTrailingComment(String[] f) {
        for (int i = 1; i < f.length; i++) {
            if (f[i].startsWith("#")) {
                return Arrays.copyOf(f, i);
            }
        }
        return f;
    }

    /** The mount command: "server:/export on /mnt/pt type nfs (rw,relatime,vers=3,...)". */
    public static List<NfsMount> mountCommand(List<Line> lines) {
        List<NfsMount> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            String t = l.text().strip();
            // The options close the line. Checked first, the regex settles on the last " type " at once; without it,
            // a line of many " type x (" words and no ")" makes it rescan the rest of the line for each (quadratic).
            Matcher m = MOUNT_LINE.matcher(t);
            if (!t.endsWith(")") || !m.matches()) {
                throw l.error("expected 'DEVICE on MOUNTPOINT type TYPE (OPTIONS)' (mount output)");
            }
            if (MountFields.isNfs(m.group(3))) {
                out.add(MountFields.mount(m.group(1), m.group(2), m.group(3), MountFields.commaOptions(m.group(4)),
                        NfsMount.LINUX, l));
            }
        }
        return List.copyOf(out);
    }
}
