package org.backupadvisor.backupexec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;

/**
 * Reads every BEMCLI file of a bundle and joins them by name: storage (Get-BEStorage) with its device
 * (Get-BEDiskStorageDevice), jobs (Get-BEJob {@code Storage}) and history rows ({@code StorageName}) to the storage
 * they write to, and the server named by the history's {@code BackupExecServerName}.
 */
final class BackupExecParser {
    private static final Pattern UNC = Pattern.compile("^\\\\\\\\([^\\\\/]+)\\\\([^\\\\]+).*$");
    /** JobStatus (CheckupExec Constants.cs): 3 SucceededWithExceptions, 9 Succeeded. */
    private static final Set<String> SUCCEEDED = Set.of("9", "succeeded", "3", "succeededwithexceptions");
    /** Job statuses that do not run: 4 OnHold, 17 Disable. */
    private static final Set<String> NOT_RUNNING = Set.of("4", "onhold", "17", "disable", "disabled");
    /** Job types that are not backups (BEMCLI JobType names; numbers are not mapped publicly, so they are all kept). */
    private static final Set<String> NOT_BACKUP = Set.of("restore", "verify", "duplicate", "inventory", "catalog",
            "erase", "format", "label", "utility", "testrun", "report", "convertvirtual", "convertvirtualmachine");
    private static final Pattern TIMESPAN = Pattern.compile("^(?:(\\d{1,8})\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.\\d{1,7})?$");
    private static final Pattern ISO_DURATION = Pattern.compile("^P(?:(\\d{1,8})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,12}(?:\\.\\d{1,9})?)S)?)?$");

    private final Map<String, Map<String, Object>> storage = new LinkedHashMap<>();
    private final Map<String, String> storageOrigin = new HashMap<>();
    private final List<Job> jobs = new ArrayList<>();
    private final List<History> history = new ArrayList<>();
    private final List<String> definitions = new ArrayList<>();
    private final List<ParsedInput> inputs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> serverNames = new LinkedHashMap<>();
    private String folderHost;

    record Job(String name, String storage, String storageId, String origin) {
    }

    /** A nested object ConvertTo-Json did not descend into (beyond -Depth) arrives as its type name. */
    private static final Pattern TYPE_NAME = Pattern.compile("^BackupExec(\\.[A-Za-z0-9_]+)+$");
    private final Map<String, String> storageById = new HashMap<>();

    record History(String job, String storage, boolean succeeded, Double bytesPerSecond, String server, String origin) {
    }

    BackupExecEnvironment parse(List<InputFile> files) {
        for (InputFile f : files) {
            BackupExecFormat.Detected d = BackupExecFormat.detect(f).orElseThrow(() -> new InputException(f.name()
                    + ": not BEMCLI output (Get-BEStorage, Get-BEDiskStorageDevice, Get-BEBackupDefinition, Get-BEJob, "
                    + "Get-BEJobHistory saved with ConvertTo-Json or Export-Clixml)"));
            inputs.add(new ParsedInput(f.name(), d.id(), f.content()));
            folderHost = folderHost == null ? folderOf(f.name()) : folderHost;
            List<PsObject> objects = d.clixml() ? PsReader.clixml(f) : PsReader.json(f);
            for (PsObject o : objects) {
                BackupExecFormat kind = BackupExecFormat.kindOf(o.typeNames(), o::has).orElse(null);
                if (kind == null && o.props().keySet().stream().anyMatch(k -> BackupExecFormat.CONCURRENCY.matcher(k).matches())) {
                    kind = BackupExecFormat.DISK_STORAGE_DEVICE;
                }
                if (kind == null) {
                    kind = d.format();
                }
                switch (kind) {
                    case STORAGE, DISK_STORAGE_DEVICE -> storage(o);
                    case JOB -> job(o);
                    case JOB_HISTORY -> history(o);
                    case BACKUP_DEFINITION -> definitions.add(name(o, "Get-BEBackupDefinition"));
                }
                o.text("BackupExecServerName").or(() -> o.text("BackupExecServer"))
                        .ifPresent(s -> serverNames.merge(s, 1, Integer::sum));
            }
        }
        return build();
    }

    private static String name(PsObject o, String cmdlet) {
        return o.text("Name").orElseThrow(() -> o.error("Name", "expected \"Name\" in every " + cmdlet + " object"));
    }

    private void storage(PsObject o) {
        String name = name(o, "Get-BEStorage / Get-BEDiskStorageDevice");
        String key = name.toLowerCase(Locale.ROOT);
        Map<String, Object> fields = storage.computeIfAbsent(key, k -> new TreeMap<>());
        storageOrigin.putIfAbsent(key, o.origin());
        fields.putIfAbsent("name", name);
        o.text("Id").ifPresent(id -> storageById.put(id.toLowerCase(Locale.ROOT), key));
        o.text("StorageType").ifPresent(t -> fields.putIfAbsent("storageType", t));
        // The folder's UNC path: BEMCLI's property name for it is not public (research §3.2), so any property whose
        // value is a \\host\share path is taken, path-named properties first.
        List<Map.Entry<String, String>> scalars = new ArrayList<>(o.scalars());
        scalars.sort((a, b) -> Boolean.compare(!a.getKey().toLowerCase(Locale.ROOT).contains("path"),
                !b.getKey().toLowerCase(Locale.ROOT).contains("path")));
        for (Map.Entry<String, String> e : scalars) {
            Matcher m = UNC.matcher(e.getValue().trim());
            if (m.matches() && !fields.containsKey("path")) {
                fields.put("path", e.getValue().trim());
                fields.put("host", m.group(1));
                fields.put("share", m.group(2));
            }
        }
        for (String k : o.props().keySet()) {
            // The property name is inferred (research §3.2), so a flag such as "ConcurrentOperationsEnabled" is not
            // an error: only a whole number is taken as the concurrency.
            String v = o.text(k).orElse("");
            if (BackupExecFormat.CONCURRENCY.matcher(k).matches() && !k.startsWith("__") && v.matches("\\d{1,6}")) {
                fields.put("concurrencyProperty", k);
                fields.put(k, Integer.parseInt(v));
            }
        }
    }

    private void job(PsObject o) {
        String name = name(o, "Get-BEJob");
        String type = o.text("JobType").orElse("");
        String status = o.text("Status").orElse("");
        if (NOT_BACKUP.contains(type.toLowerCase(Locale.ROOT)) || NOT_RUNNING.contains(status.toLowerCase(Locale.ROOT))) {
            return;
        }
        String target = o.text("Storage").or(() -> o.text("StorageName")).filter(t -> !TYPE_NAME.matcher(t).matches())
                .orElse(null);
        jobs.add(new Job(name, target, o.text("StorageId").orElse(null), o.origin()));
    }

    private void history(PsObject o) {
        String job = o.text("JobName").or(() -> o.text("Name"))
                .orElseThrow(() -> o.error("JobName", "expected \"JobName\" in every Get-BEJobHistory object"));
        String type = o.text("JobType").orElse("");
        if (NOT_BACKUP.contains(type.toLowerCase(Locale.ROOT))) {
            return;
        }
        boolean ok = o.text("JobStatus").map(s -> SUCCEEDED.contains(s.toLowerCase(Locale.ROOT))).orElse(false);
        Double rate = o.number("JobRateMBPerMinute", "MB per minute, a number such as 3000.5").map(r -> r * 1e6 / 60)
                .orElse(null);
        if (rate == null || rate == 0) {
            Optional<Double> bytes = o.number("TotalDataSizeBytes", "a number of bytes");
            Double seconds = elapsedSeconds(o);
            if (bytes.isPresent() && seconds != null && seconds > 0) {
                rate = bytes.get() / seconds;
            }
        } else {
            elapsedSeconds(o);
        }
        history.add(new History(job, o.text("StorageName").orElse(null), ok, rate,
                o.text("BackupExecServerName").orElse(null), o.origin()));
    }

    /** ElapsedTime: a TimeSpan object (TotalSeconds), its ToString() "[d.]hh:mm:ss" at a low -Depth, or CLIXML's PT..H..M..S. */
    static Double elapsedSeconds(PsObject o) {
        Optional<PsObject> span = o.object("ElapsedTime");
        if (span.isPresent()) {
            Optional<Double> total = span.get().number("TotalSeconds", "seconds");
            if (total.isPresent()) {
                return total.get();
            }
            return span.get().text("__ToString").map(t -> parseSpan(o, t)).orElse(null);
        }
        return o.text("ElapsedTime").map(t -> parseSpan(o, t)).orElse(null);
    }

    private static double parseSpan(PsObject o, String t) {
        Matcher m = TIMESPAN.matcher(t);
        if (m.matches()) {
            return (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 86400) + Long.parseLong(m.group(2)) * 3600
                    + Long.parseLong(m.group(3)) * 60 + Long.parseLong(m.group(4));
        }
        Matcher d = ISO_DURATION.matcher(t);
        if (d.matches() && t.length() > 1) {
            return (d.group(1) == null ? 0 : Long.parseLong(d.group(1)) * 86400)
                    + (d.group(2) == null ? 0 : Long.parseLong(d.group(2)) * 3600)
                    + (d.group(3) == null ? 0 : Long.parseLong(d.group(3)) * 60)
                    + (d.group(4) == null ? 0 : Double.parseDouble(d.group(4)));
        }
        throw o.error("ElapsedTime", "ElapsedTime = '" + PsObject.abbreviate(t) + "': expected a TimeSpan (an object "
                + "with TotalSeconds, \"03:47:27\", \"1.03:47:27\" or \"PT3H47M27S\")");
    }

    private static String folderOf(String file) {
        String[] parts = file.replace('\\', '/').replaceFirst("^.*!/", "").split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : null;
    }

    private BackupExecEnvironment build() {
        String server = serverNames.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(folderHost);
        if (serverNames.size() > 1) {
            notes.add("the exports name " + serverNames.size() + " Backup Exec servers " + serverNames.keySet()
                    + ": modelled as one path from " + server);
        }
        // Jobs per storage: Get-BEJob when exported, else the distinct job names of the history.
        Map<String, Set<String>> jobsPer = new HashMap<>();
        if (!jobs.isEmpty()) {
            for (Job j : jobs) {
                // By name; by StorageId when Storage came as a type name (ConvertTo-Json below its depth).
                String key = j.storage() != null ? j.storage().toLowerCase(Locale.ROOT)
                        : j.storageId() == null ? null : storageById.get(j.storageId().toLowerCase(Locale.ROOT));
                if (key != null) {
                    jobsPer.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(j.name());
                }
            }
        } else {
            for (History h : history) {
                if (h.storage() != null) {
                    jobsPer.computeIfAbsent(h.storage().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(h.job());
                }
            }
        }
        boolean jobsKnown = !jobs.isEmpty() || !history.isEmpty();
        List<BeStorage> stores = new ArrayList<>();
        storage.forEach((key, fields) -> {
            Map<String, Object> f = new TreeMap<>(fields);
            if (jobsKnown) {
                f.put("jobs", jobsPer.getOrDefault(key, Set.of()).size());
            }
            stores.add(new BeStorage((String) f.remove("name"), storageOrigin.get(key), f));
        });
        for (String target : jobsPer.keySet()) {
            if (!storage.containsKey(target)) {
                notes.add("jobs write to storage '" + target + "', which is not in the Get-BEStorage / "
                        + "Get-BEDiskStorageDevice exports: not modelled");
            }
        }
        List<Double> rates = history.stream().filter(History::succeeded).map(History::bytesPerSecond)
                .filter(r -> r != null && r > 0).sorted().toList();
        Double median = rates.isEmpty() ? null : rates.size() % 2 == 1 ? rates.get(rates.size() / 2)
                : (rates.get(rates.size() / 2 - 1) + rates.get(rates.size() / 2)) / 2;
        BeServer srv = null;
        List<BeStorage> shares = stores.stream().filter(BeStorage::isNetworkShare).toList();
        if (server != null && !shares.isEmpty()) {
            Map<String, Object> f = new TreeMap<>();
            List<String> hosts = shares.stream().map(BeStorage::getHost).map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();
            f.put("destinationHosts", hosts);
            f.put("folderNames", shares.stream().map(BeStorage::objectId).toList());
            f.put(BeServer.FOLDERS, hosts.size());
            if (jobsKnown) {
                f.put("jobs", shares.stream().mapToInt(s -> s.getJobs() == null ? 0 : s.getJobs()).sum());
            }
            if (median != null) {
                f.put("jobRate", median);
            }
            srv = new BeServer(server, shares.get(0).origin(), f);
        } else if (!stores.isEmpty()) {
            notes.add(server == null ? "no Backup Exec server named in the exports (BackupExecServerName of the job "
                    + "history) and the files are in no host folder: no Backup Exec path modelled"
                    : "no Backup-to-Disk folder on a network share (\\\\host\\share) in the storage exports: no "
                    + "Backup Exec path to a target appliance modelled");
        }
        Measurements m = Measurements.none();
        if (median != null) {
            m = Measurements.builder().parse("source.readPerStream", String.format(Locale.ROOT, "%.3fMB/s", median / 1e6),
                    "Backup Exec job history: median JobRateMBPerMinute " + String.format(Locale.ROOT, "%.0f", median * 60 / 1e6)
                            + " (" + String.format(Locale.ROOT, "%.1f", median / 1e6) + " MB/s per job) of " + rates.size()
                            + " successful backup job(s)").build();
        }
        if (!definitions.isEmpty()) {
            notes.add(definitions.size() + " backup definition(s) read (Get-BEBackupDefinition): their jobs are "
                    + "counted from Get-BEJob / Get-BEJobHistory");
        }
        return new BackupExecEnvironment(srv, stores, inputs, notes, m, median == null ? null : rates.size());
    }
}
