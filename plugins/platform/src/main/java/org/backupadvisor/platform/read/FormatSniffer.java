package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;

/**
 * Tells the platform formats apart from their first lines. Each test looks for the shape the tool itself prints,
 * so a vendor response, a README or a log does not pass for a mount table; where two formats share a shape (fstab
 * and /proc/mounts) the file name and the little differences (comments, "defaults", column padding) decide.
 */
final class FormatSniffer {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int SNIFF_LINES = 60;

    // route print puts the IPv4 table after the interface list, which can be long on a busy server.
    private static final Pattern ROUTE_TABLE = Pattern.compile("(?m)^IPv4 Route Table\\s*$");
    private static final Pattern ACTIVE_ROUTES = Pattern.compile("(?m)^Active Routes:\\s*$");
    private static final Pattern ETHTOOL_HEADER = Pattern.compile("^Settings for \\S+:\\s*$");
    private static final Pattern ETHTOOL_FIELD = Pattern.compile("^\\s+(Speed|Duplex|Link detected|Supported ports):.*");
    private static final Pattern NFSSTAT_HEADER = Pattern.compile("^\\S.* from \\S+:\\S*$");
    private static final Pattern NFSSTAT_FLAGS = Pattern.compile("^\\s+Flags:.*");
    private static final Pattern LINUX_MOUNT = Pattern.compile("^\\S+ on .+ type \\S+ \\(.*\\)$");
    private static final Pattern SOLARIS_MOUNT_V = Pattern.compile(
            "^\\S+ on \\S+ type \\S+ \\S+ on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*$");
    private static final Pattern MNTTAB_TABS = Pattern.compile("^\\S+\\t\\S+\\t\\S+\\t\\S*\\t\\d+$");
    private static final Pattern ETC_SYSTEM = Pattern.compile(
            "^(set\\s+([A-Za-z0-9_.\\-]+:)?[A-Za-z_]\\w*\\s*[=|&].*|(forceload|exclude|include|moddir|rootdev|rootfs)\\s*:.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FS_TYPE = Pattern.compile("^[a-z0-9][a-z0-9._+\\-]*$");
    private static final Set<String> SCRIPTS = Set.of("bat", "cmd", "ps1", "sh", "py");

    private FormatSniffer() {
    }

    static Optional<PlatformFormat> detect(InputFile f) {
        String text = TextLines.text(new InputFile(f.name(), Arrays.copyOf(f.content(),
                Math.min(f.content().length, SNIFF_BYTES))));
        String start = text.stripLeading();
        String base = baseName(f.name());
        if (start.startsWith(RegFile.HEADER_5) || start.startsWith(RegFile.HEADER_4) || f.extension().equals("reg")) {
            return Optional.of(PlatformFormat.REG);
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(start);
        }
        if (start.startsWith("<")) {
            return Optional.empty();
        }
        if (ROUTE_TABLE.matcher(text).find() && ACTIVE_ROUTES.matcher(text).find()) {
            return Optional.of(PlatformFormat.ROUTE_PRINT);
        }
        List<String> lines = firstLines(text);
        return Optional.ofNullable(commandOutput(lines))
                .or(() -> Optional.ofNullable(solaris(lines, base, f.extension())))
                .or(() -> Optional.ofNullable(mountTable(lines, base)));
    }

    /** ip -j link has "ifname"; Get-NetAdapter has "InterfaceDescription" or "LinkSpeed". Other JSON is not ours. */
    private static Optional<PlatformFormat> json(String start) {
        if (start.contains("\"ifname\"")) {
            return Optional.of(PlatformFormat.IP_LINK_JSON);
        }
        if (start.contains("\"InterfaceDescription\"") || start.contains("\"LinkSpeed\"")) {
            return Optional.of(PlatformFormat.NET_ADAPTER_JSON);
        }
        return Optional.empty();
    }

    private static PlatformFormat commandOutput(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        if (nonBlank.size() >= 2 && NFSSTAT_HEADER.matcher(nonBlank.get(0)).matches()
                && NFSSTAT_FLAGS.matcher(nonBlank.get(1)).matches()) {
            return PlatformFormat.NFSSTAT_M;
        }
        if (nonBlank.stream().anyMatch(l -> ETHTOOL_HEADER.matcher(l).matches())
                && nonBlank.stream().anyMatch(l -> ETHTOOL_FIELD.matcher(l).matches())) {
            return PlatformFormat.ETHTOOL;
        }
        String first = nonBlank.isEmpty() ? "" : nonBlank.get(0).strip();
        // endsWith first: it keeps the regex linear on a long first line of " type x (" words (see LinuxMounts).
        if (first.endsWith(")") && LINUX_MOUNT.matcher(first).matches()) {
            return PlatformFormat.MOUNT_OUTPUT;
        }
        if (!nonBlank.isEmpty() && SOLARIS_MOUNT_V.matcher(nonBlank.get(0).strip()).matches()) {
            return PlatformFormat.SOLARIS_MOUNT_V;
        }
        return null;
    }

    private static PlatformFormat solaris(List<String> lines, String base, String extension) {
        String first = firstSignificant(lines, "#");
        if (first != null && MNTTAB_TABS.matcher(first).matches()) {
            return PlatformFormat.MNTTAB;
        }
        if (base.equals("mnttab") && (first == null || MountFields.fields(first).length == 5)) {
            return PlatformFormat.MNTTAB;
        }
        if (SCRIPTS.contains(extension)) {
            return null;
        }
        String setting = firstSignificant(lines, "*", "#");
        if (setting != null) {
            return ETC_SYSTEM.matcher(setting).matches() ? PlatformFormat.ETC_SYSTEM : null;
        }
        boolean starComments = lines.stream().anyMatch(l -> l.strip().startsWith("*"));
        return base.equals("system") && starComments ? PlatformFormat.ETC_SYSTEM : null;
    }

    /** fstab and /proc/mounts: DEVICE /MOUNTPOINT type options [n [n]]. */
    private static PlatformFormat mountTable(List<String> lines, String base) {
        String first = firstSignificant(lines, "#");
        if (first == null) {
            return switch (base) {
                case "fstab" -> PlatformFormat.FSTAB;
                case "mounts", "mtab" -> PlatformFormat.PROC_MOUNTS;
                default -> null;
            };
        }
        if (!looksLikeMountEntry(first)) {
            return null;
        }
        if (base.equals("fstab")) {
            return PlatformFormat.FSTAB;
        }
        if (base.equals("mounts") || base.equals("mtab")) {
            return PlatformFormat.PROC_MOUNTS;
        }
        // The kernel writes one space between six fields and no comments; people write fstab.
        boolean kernel = lines.stream().filter(l -> !l.isBlank())
                .allMatch(l -> l.equals(l.strip()) && l.split(" ", -1).length == 6 && !l.contains("\t"));
        return kernel ? PlatformFormat.PROC_MOUNTS : PlatformFormat.FSTAB;
    }

    private static boolean looksLikeMountEntry(String line) {
        String[] f = MountFields.fields(line);
        if (f.length < 4 || f.length > 6) {
            return false;
        }
        boolean mountPoint = f[1].startsWith("/") || f[1].equals("none") || f[1].equals("swap");
        boolean numbers = Arrays.stream(f, 4, f.length).allMatch(x -> x.matches("\\d+"));
        return mountPoint && FS_TYPE.matcher(f[2]).matches() && numbers;
    }

    private static String firstSignificant(List<String> lines, String... commentMarks) {
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty() || Arrays.stream(commentMarks).anyMatch(t::startsWith)) {
                continue;
            }
            return t;
        }
        return null;
    }

    private static List<String> firstLines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\r\n|\n|\r", SNIFF_LINES + 1)) {
            if (out.size() == SNIFF_LINES) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    /** "bundle.zip!/host1/etc/fstab" → "fstab". */
    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
