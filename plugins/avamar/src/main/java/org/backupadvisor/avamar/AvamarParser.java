package org.backupadvisor.avamar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.input.Trees;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;

/**
 * Reads Avamar replication settings as the tools write them (plugins/avamar/SOURCES.md):
 * <ul>
 *   <li>REST {@code GET /api/v1/replication/groups} (a page: {@code content[]}), {@code /v1/replication/groups/{id}}
 *       or the {@code ReplicationGroupDTO} body of a POST/PUT: {@code name}, {@code members[]}, {@code allClients},
 *       {@code allBackups}, {@code optimizeVsr}, and the replicate plug-in flags {@code replFlags[]} /
 *       {@code freeFlags[]} as {@code {key, value}};</li>
 *   <li>avtar flag lines, one {@code --name=value} per line, as {@code /usr/local/avamar/etc/repl_cron.cfg} holds them
 *       and as the replication group's advanced free-form flags are typed ({@code --ddr-repl-max-parallel-streams=28});</li>
 *   <li>{@code mccli activity show --verbose=true --xml}: the replication jobs' durations and bytes
 *       ({@link ActivityHistory}), supplied as {@code replication.duration} / {@code replication.size};</li>
 *   <li>the MCS preferences {@code mcserver.xml} ({@link McsPreferences}): {@code repl_window_hours} onto every
 *       group, the session limits into a note.</li>
 * </ul>
 */
final class AvamarParser {
    enum Format {
        REPLICATION_GROUP_JSON("replication-group-json", "REST GET /v1/replication/groups[/{id}] (JSON; replFlags/freeFlags)"),
        FLAG_LINES("avtar-flags", "avtar flag lines: repl_cron.cfg or the group's free-form flags (--ddr-repl-max-parallel-streams=28)"),
        ACTIVITY_XML("mccli-activity-xml", "mccli activity show --verbose=true --xml (replication jobs: replication.duration, replication.size)"),
        V_ACTIVITIES_CSV("v-activities-2-csv", "MCDB view v_activities_2 as CSV (psql \\copy ... csv header, or psql -A -F,): replication.duration, replication.size"),
        MCSERVER_XML("mcserver-xml", "MCS preferences mcserver.xml (java.util.prefs XML: repl_window_hours, max_concurrent_jobs, max_jobs_per_node)");

        final String id;
        final String description;

        Format(String id, String description) {
            this.id = id;
            this.description = description;
        }
    }

    private static final Pattern FLAG_LINE = Pattern.compile("^\\s*--(\\[[A-Za-z]+\\])?([A-Za-z][A-Za-z0-9_-]*)(?:\\s*=\\s*(.*?))?\\s*$");
    /** Keys that make a flag file a replication one (the rest of avtar's flags are read but not modelled). */
    private static final List<String> REPLICATION_KEYS = List.of("ddr-repl-", "max-streams", "dstaddr", "dstid",
            "max-ddr-streams");

    static Optional<Format> detect(InputFile f) {
        if (f.looksLikeJson()) {
            String head = f.head(64 * 1024);
            if (head.contains("\"replFlags\"") || head.contains("\"freeFlags\"")
                    || head.contains("\"destinationServerId\"") && (head.contains("\"members\"")
                    || head.contains("\"allClients\"") || head.contains("\"orderingCriterion\""))) {
                return Optional.of(Format.REPLICATION_GROUP_JSON);
            }
            return Optional.empty();
        }
        if (f.looksLikeXml()) {
            return ActivityHistory.detect(f) ? Optional.of(Format.ACTIVITY_XML)
                    : McsPreferences.detect(f) ? Optional.of(Format.MCSERVER_XML) : Optional.empty();
        }
        if (McdbActivities.detect(f)) {
            return Optional.of(Format.V_ACTIVITIES_CSV);
        }
        String head = f.head(16 * 1024);
        int flagLines = 0;
        boolean replication = false;
        for (String line : head.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            Matcher m = FLAG_LINE.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
            flagLines++;
            String key = m.group(2).toLowerCase(Locale.ROOT);
            replication |= REPLICATION_KEYS.stream().anyMatch(key::startsWith)
                    || "[replscript]".equalsIgnoreCase(m.group(1));
        }
        return flagLines > 0 && replication ? Optional.of(Format.FLAG_LINES) : Optional.empty();
    }

    AvamarEnvironment parse(List<InputFile> files) {
        List<ReplicationGroup> groups = new ArrayList<>();
        List<FlagFile> flagFiles = new ArrayList<>();
        List<ParsedInput> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<ActivityHistory.Job> jobs = new ArrayList<>();
        List<ActivityHistory.Backup> backups = new ArrayList<>();
        List<String> activityFiles = new ArrayList<>();
        List<McsPreferences> mcs = new ArrayList<>();
        for (InputFile f : files) {
            Format format = detect(f).orElseThrow(() -> new InputException(f.name()
                    + ": not an Avamar replication group (JSON), avtar flag file, mccli activity XML, v_activities_2 CSV or mcserver.xml"));
            inputs.add(new ParsedInput(f.name(), format.id, f.content()));
            switch (format) {
                case REPLICATION_GROUP_JSON -> groups.addAll(groups(Trees.json(f)));
                case FLAG_LINES -> flagFiles.add(flags(f));
                case ACTIVITY_XML -> {
                    ActivityHistory.History h = ActivityHistory.read(f);
                    jobs.addAll(h.replication());
                    backups.addAll(h.backups());
                    activityFiles.add(f.name());
                }
                case V_ACTIVITIES_CSV -> {
                    ActivityHistory.History h = McdbActivities.read(f);
                    jobs.addAll(h.replication());
                    backups.addAll(h.backups());
                    activityFiles.add(f.name());
                }
                case MCSERVER_XML -> mcs.add(McsPreferences.read(f));
            }
        }
        for (FlagFile ff : flagFiles) {
            int target = target(groups, ff);
            if (target >= 0) {
                groups.set(target, groups.get(target).withFlags(ff.flags(), ff.file()));
            } else if (groups.isEmpty() || ff.legacy()) {
                // Legacy cron replication: the flags are the whole configuration; clients are all of the grid's.
                String dst = ff.flags().get("dstaddr");
                groups.add(new ReplicationGroup(stem(ff.file()) + (dst == null ? "" : " → " + dst), ff.file(), null, true,
                        null, null, ff.flags()));
            } else {
                for (int i = 0; i < groups.size(); i++) {
                    groups.set(i, groups.get(i).withFlags(ff.flags(), ff.file()));
                }
                notes.add(ff.file() + ": flag lines applied to every replication group (" + groups.size()
                        + "): name the file after one group (<group name>.flags) to apply them to that group only");
            }
        }
        if (mcs.size() > 1) {
            throw new InputException(mcs.get(0).file() + ", " + mcs.get(1).file() + ": two mcserver.xml files in one "
                    + "bundle: expected one Avamar grid's MCS preferences");
        }
        for (McsPreferences p : mcs) {
            notes.add(p.summary());
            notes.addAll(p.notes());
            if (p.replWindowHours() != null) {
                // repl_window_hours is grid-wide: every replication job of the grid times out at it.
                groups.replaceAll(g -> g.withReplWindowHours(p.replWindowHours()));
            }
        }
        if (!activityFiles.isEmpty() && jobs.isEmpty()) {
            notes.add(String.join(", ", activityFiles) + ": no completed replication activity (plug-in Replicate): "
                    + "replication.duration comes from --measure only");
        }
        return new AvamarEnvironment(groups, ActivityHistory.measurements(jobs), ActivityHistory.load(jobs, backups),
                inputs, notes);
    }

    private record FlagFile(String file, Map<String, String> flags, boolean legacy) {
    }

    /** The group a flag file belongs to: the one it is named after, else the only one; -1 for none. */
    private static int target(List<ReplicationGroup> groups, FlagFile ff) {
        String stem = stem(ff.file()).toLowerCase(Locale.ROOT);
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).getName().toLowerCase(Locale.ROOT).equals(stem)) {
                return i;
            }
        }
        return groups.size() == 1 && !ff.legacy() ? 0 : -1;
    }

    private static String stem(String file) {
        String base = file.replace('\\', '/').replaceFirst("^.*/", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static List<ReplicationGroup> groups(Node root) {
        List<Node> items = !root.all("content").isEmpty() ? root.all("content")
                : !root.all("item").isEmpty() ? root.all("item") : List.of(root);
        List<ReplicationGroup> out = new ArrayList<>();
        for (Node g : items) {
            String name = g.text("name").orElseThrow(() -> g.error("replication group without 'name': expected the "
                    + "group's name as GET /v1/replication/groups/{id} returns it"));
            int members = g.all("members").size();
            boolean allClients = g.flag("allClients").orElse(false);
            Map<String, String> flags = new LinkedHashMap<>();
            for (String list : List.of("replFlags", "freeFlags")) {
                for (Node flag : g.all(list)) {
                    String key = flag.text("key").orElseThrow(() -> flag.error(list + " entry without 'key': expected "
                            + "{\"key\": \"[avtar]ddr-repl-max-parallel-streams\", \"value\": \"28\"}"));
                    String value = flag.text("value").orElse(null);
                    if (value != null) {
                        put(flags, key, value, flag.origin());
                    }
                }
            }
            out.add(new ReplicationGroup(name, g.origin(), members == 0 ? null : members, allClients,
                    g.flag("allBackups").orElse(null), g.flag("optimizeVsr").orElse(null), flags));
        }
        return out;
    }

    static FlagFile flags(InputFile f) {
        Map<String, String> flags = new LinkedHashMap<>();
        boolean legacy = false;
        for (TextLines.Line l : TextLines.of(f)) {
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            Matcher m = FLAG_LINE.matcher(t);
            if (!m.matches()) {
                throw l.error("expected an avtar flag line such as --ddr-repl-max-parallel-streams=28, found '"
                        + abbreviate(t) + "'");
            }
            String key = (m.group(1) == null ? "" : m.group(1)) + m.group(2);
            legacy |= key.equalsIgnoreCase("dstaddr");
            put(flags, key, m.group(3) == null ? "true" : m.group(3), f.name() + ": line " + l.number());
        }
        return new FlagFile(f.name(), flags, legacy);
    }

    /** Stores a flag by its bare name after checking the values the model reads. */
    private static void put(Map<String, String> flags, String rawKey, String value, String where) {
        String key = normalise(rawKey);
        String v = value.strip();
        switch (key) {
            case ReplicationGroup.STREAMS_PER_CLIENT -> whole(key, v, 1, 29, "1..29 streams per client job", where);
            case ReplicationGroup.METHOD_CONTROL -> {
                whole(key, v, 0, 10, "0 (AMS), 5 (default: Avamar chooses) or 10 (VSR)", where);
                if (!v.matches("0|5|10")) {
                    throw new InputException(where + ": " + key + " = '" + v + "': expected 0 (AMS), 5 (default) or 10 (VSR)");
                }
            }
            case ReplicationGroup.CONCURRENT_PROCESSES, ReplicationGroup.MAX_DDR_STREAMS ->
                    whole(key, v, 1, 1000, "a whole number of at least 1", where);
            case ReplicationGroup.REPLSCRIPT_TIMEOUT -> whole(key, v, 1, 10 * 366 * 86400, "seconds, e.g. 72000", where);
            case ReplicationGroup.THROTTLE -> {
                if (!v.matches("\\d+(\\.\\d+)?") || Double.parseDouble(v) > 1e7) {
                    throw new InputException(where + ": " + key + " = '" + v + "': expected Mbit/s, 0 = unlimited");
                }
            }
            default -> {
            }
        }
        flags.put(key, v);
    }

    /** "[avtar]ddr-repl-max-parallel-streams" → "ddr-repl-max-parallel-streams"; "[replscript]timeout" → "replscript-timeout". */
    static String normalise(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("--")) {
            k = k.substring(2);
        }
        if (k.startsWith("[avtar]")) {
            return k.substring("[avtar]".length());
        }
        Matcher m = Pattern.compile("^\\[([a-z]+)\\](.+)$").matcher(k);
        return m.matches() ? m.group(1) + "-" + m.group(2) : k;
    }

    private static void whole(String key, String v, int min, int max, String expected, String where) {
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw new InputException(where + ": " + key + " = '" + abbreviate(v) + "': expected " + expected);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
