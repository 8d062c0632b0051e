package org.backupadvisor.netbackup;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;

/** The NetBackup outputs this plugin reads, recognised from a file's first lines (and, for touch files, its name). */
enum NetBackupFormat {
    BPPLLIST("bppllist -U / -L"),
    BPSTULIST("bpstulist -U"),
    NBDEVQUERY_LISTDP("nbdevquery -listdp -U"),
    NBDEVQUERY_LISTDV("nbdevquery -listdv -U"),
    NBDEVQUERY_LISTSTS("nbdevquery -liststs -U"),
    BPCONFIG("bpconfig -U"),
    BPGETCONFIG("bpgetconfig (KEY = value)"),
    TOUCH_FILE("buffer touch file (SIZE_DATA_BUFFERS[_DISK], NET_BUFFER_SZ, ...)"),
    TOUCH_FILE_LIST("buffer touch files as 'path: value' lines"),
    BPDBJOBS("bpdbjobs -report -all_columns"),
    NBSU("nbsu output file (NBU_*.txt: the command outputs above it holds are read, the rest skipped)"),
    REST_JSON("REST JSON (/netbackup/config/policies, /netbackup/storage/storage-units, /netbackup/storage/disk-pools)"),
    /** Layouts we refuse with a message: positional output whose columns changed across releases (research §1.3). */
    BPPLLIST_POSITIONAL("bppllist -l (positional)"),
    BPSTULIST_POSITIONAL("bpstulist (positional)"),
    NBDEVQUERY_POSITIONAL("nbdevquery without -U (positional)");

    final String label;

    NetBackupFormat(String label) {
        this.label = label;
    }

    boolean refused() {
        return this == BPPLLIST_POSITIONAL || this == BPSTULIST_POSITIONAL || this == NBDEVQUERY_POSITIONAL;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final Pattern LABEL_LINE = Pattern.compile("(?m)^\\s*([A-Za-z][^:\\n]*?)\\s*:(\\s|$)");
    private static final Pattern KEY_EQ = Pattern.compile("^[A-Z][A-Z0-9_]*\\s+=\\s*.*$");
    private static final Pattern POSITIONAL_STU = Pattern.compile("(?m)^\\S+ \\d+ \\S+ -?\\d+ -?\\d+ -?\\d+ -?\\d+ -?\\d+ ");
    private static final Pattern POSITIONAL_DP = Pattern.compile("(?m)^V\\d+(\\.\\d+)?_? \\S+ ");
    private static final Pattern TOUCH_LINE = Pattern.compile("^\\s*(\\S.*?/|\\S.*?\\\\)?([A-Z_]+)\\s*:\\s*(\\S.*)?$");

    static Optional<NetBackupFormat> detect(InputFile f) {
        if (!f.looksLikeJson() && Nbsu.looksLike(f, f.head(16 * 1024))) {
            return Optional.of(NBSU);
        }
        return detectOutput(f);
    }

    /** The format of one command's output (a file, or a section of an nbsu file). */
    static Optional<NetBackupFormat> detectOutput(InputFile f) {
        String base = baseName(f.name());
        if (TouchFiles.NAMES.contains(base)) {
            return Optional.of(TOUCH_FILE);
        }
        String head = f.head(16 * 1024);
        if (f.looksLikeJson()) {
            if (head.contains("\"policyName\"") || head.contains("\"storageUnit\"") || head.contains("\"diskPool\"")
                    || head.contains("\"maxConcurrentJobs\"") || head.contains("\"maximumIoStreams\"")) {
                return Optional.of(REST_JSON);
            }
            return Optional.empty();
        }
        if (Bpdbjobs.looksLike(head)) {
            return Optional.of(BPDBJOBS);
        }
        // Every "Label:" line of the head, found once (the checks below ask for up to nine labels).
        Set<String> labels = labels(head);
        if (labels.contains("Policy Name") && (labels.contains("Policy Type") || labels.contains("Residence")
                || labels.contains("Options"))) {
            return Optional.of(BPPLLIST);
        }
        if (head.lines().anyMatch(l -> l.startsWith("CLASS ")) && head.lines().anyMatch(l -> l.startsWith("INFO "))) {
            return Optional.of(BPPLLIST_POSITIONAL);
        }
        if (labels.contains("Label") && labels.contains("Storage Unit Type")) {
            return Optional.of(BPSTULIST);
        }
        if (labels.contains("Disk Pool Name")) {
            return Optional.of(labels.contains("Disk Volume Name") ? NBDEVQUERY_LISTDV : NBDEVQUERY_LISTDP);
        }
        if (labels.contains("Storage Server") && labels.contains("Storage Server Type")) {
            return Optional.of(NBDEVQUERY_LISTSTS);
        }
        if (head.contains("Max Simultaneous Jobs/Client")) {
            return Optional.of(BPCONFIG);
        }
        List<String> lines = head.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (!lines.isEmpty()) {
            long eq = lines.stream().filter(l -> KEY_EQ.matcher(l).matches()).count();
            if (eq >= 1 && eq * 10 >= lines.size() * 8) {
                return Optional.of(BPGETCONFIG);
            }
            long touch = lines.stream().filter(l -> {
                var m = TOUCH_LINE.matcher(l);
                return m.matches() && TouchFiles.NAMES.contains(m.group(2));
            }).count();
            if (touch >= 1 && touch * 10 >= lines.size() * 8) {
                return Optional.of(TOUCH_FILE_LIST);
            }
            if (POSITIONAL_STU.matcher(head).find() && (head.contains("*NULL*") || lines.size() <= 50)
                    && lines.stream().allMatch(l -> POSITIONAL_STU.matcher(l).find())) {
                return Optional.of(BPSTULIST_POSITIONAL);
            }
            if (lines.stream().allMatch(l -> POSITIONAL_DP.matcher(l).find())) {
                return Optional.of(NBDEVQUERY_POSITIONAL);
            }
        }
        return Optional.empty();
    }

    static Set<String> labels(String text) {
        Set<String> out = new HashSet<>();
        var m = LABEL_LINE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** Lines of a touch-file list: "/usr/openv/netbackup/db/config/SIZE_DATA_BUFFERS_DISK: 1048576". */
    static Pattern touchLine() {
        return TOUCH_LINE;
    }
}
