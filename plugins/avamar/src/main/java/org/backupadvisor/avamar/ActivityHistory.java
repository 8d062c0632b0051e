package org.backupadvisor.avamar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;

/**
 * Replication jobs from {@code mccli activity show --verbose=true --xml} (plugins/avamar/.../SOURCES.md): every
 * {@code Data/Row} is one activity with {@code ID}, {@code Status}, {@code ErrorCode}, {@code Elapsed}
 * ("00h:02m:55s"), {@code EndTime} ("2016-12-17 17:01 CET"), {@code Type}, {@code Plug-In}, {@code Client},
 * {@code Group} and {@code ProgressBytes} ("8.0 GB", "1,234 Bytes"). Replication activities are those whose plug-in
 * is "Replicate" or whose type names replication. The newest completed one and the replication jobs that overlapped
 * it (one per client) make today's run: its wall time is {@code replication.duration}, the sum of their progress
 * bytes {@code replication.size} when every job gives them.
 */
final class ActivityHistory {
    /** How one history source names what the measurements are derived from (their derivation text says so). */
    record Wording(String tool, String durationFields, String bytesField) {
    }

    static final Wording MCCLI = new Wording("mccli activity show", "Elapsed", "ProgressBytes");

    /** A replication job of a history (completed ones only). */
    record Job(String id, String status, String client, Duration elapsed, LocalDateTime end, Double bytes,
               String origin, Wording how) {
        boolean completed() {
            return status.toLowerCase(Locale.ROOT).startsWith("completed");
        }

        LocalDateTime start() {
            return end == null ? null : end.minus(elapsed);
        }

        boolean overlaps(Job o) {
            return end != null && o.end != null && start().isBefore(o.end) && end.isAfter(o.start());
        }
    }

    /**
     * A backup job of a history (any status: a failed backup loaded the Data Domain while it ran) with its start and
     * end; {@code ddHost} is the Data Domain it wrote to when the history says (v_activities_2 ddr_hostname).
     */
    record Backup(String client, LocalDateTime start, LocalDateTime end, Double bytes, String ddHost, String origin) {
    }

    /** What one history file holds. */
    record History(List<Job> replication, List<Backup> backups) {
    }

    /** Activity types that are backups: "Scheduled Backup", "On-Demand Backup" (MCDB queries select type LIKE '%Backup%'). */
    static boolean backupType(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).contains("backup");
    }

    private static final Pattern ELAPSED = Pattern.compile("^(?:(\\d{1,5})d[: ]?)?(\\d{1,5})h:(\\d{1,2})m(?::(\\d{1,2})s)?$");
    private static final Pattern BYTES = Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(Bytes|B|KB|MB|GB|TB|PB)$",
            Pattern.CASE_INSENSITIVE);
    /** Longer than any real job: a value beyond it is damage, and would overflow duration arithmetic downstream. */
    static final Duration MAX_JOB = Duration.ofDays(366);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ActivityHistory() {
    }

    /** An mccli XML answer whose rows are activities (they carry Elapsed and Status). */
    static boolean detect(InputFile f) {
        String head = f.head(64 * 1024);
        return head.contains("<Data>") && head.contains("<Row>") && head.contains("<Elapsed>")
                && head.contains("<Status>");
    }

    static History read(InputFile f) {
        Node root = Trees.xml(f);
        List<Job> out = new ArrayList<>();
        List<Backup> backups = new ArrayList<>();
        List<Node> rows = root.findAll("Row");
        if (rows.isEmpty()) {
            throw root.error("no Data/Row: expected the output of mccli activity show --verbose=true --xml");
        }
        for (Node row : rows) {
            if (!replication(row)) {
                backup(row).ifPresent(backups::add);
                continue;
            }
            String status = row.text("Status").orElseThrow(() -> row.error("replication activity without Status"));
            if (!status.toLowerCase(Locale.ROOT).startsWith("completed")) {
                continue; // running, queued, failed or cancelled runs say nothing about today's duration
            }
            Node el = row.child("Elapsed").filter(n -> n.value() != null && !n.value().isBlank())
                    .orElseThrow(() -> row.error("completed replication activity without Elapsed: expected e.g. "
                            + "<Elapsed>36h:00m:00s</Elapsed>"));
            Duration elapsed = elapsed(el);
            LocalDateTime end = row.child("EndTime").filter(n -> n.value() != null && !n.value().isBlank())
                    .map(ActivityHistory::end).orElse(null);
            Double bytes = row.child("ProgressBytes").filter(n -> n.value() != null && !n.value().isBlank())
                    .map(ActivityHistory::bytes).orElse(null);
            out.add(new Job(row.text("ID").orElse("?"), status, row.text("Client").orElse("?"), elapsed, end, bytes,
                    row.origin(), MCCLI));
        }
        return new History(out, backups);
    }

    /** A backup row that has ended (Elapsed and EndTime); running and queued rows say nothing about a past window. */
    private static java.util.Optional<Backup> backup(Node row) {
        if (!backupType(row.text("Type").orElse(null))) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Node> el = row.child("Elapsed").filter(n -> n.value() != null && !n.value().isBlank());
        java.util.Optional<Node> endNode = row.child("EndTime").filter(n -> n.value() != null && !n.value().isBlank());
        if (el.isEmpty() || endNode.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDateTime end = end(endNode.get());
        Duration elapsed = elapsed(el.get());
        Double bytes = row.child("ProgressBytes").filter(n -> n.value() != null && !n.value().isBlank())
                .map(ActivityHistory::bytes).orElse(null);
        return java.util.Optional.of(new Backup(row.text("Client").orElse("?"), end.minus(elapsed), end, bytes, null,
                row.origin()));
    }

    static boolean replication(String plugin, String type) {
        return plugin != null && plugin.toLowerCase(Locale.ROOT).startsWith("replicate")
                || type != null && type.toLowerCase(Locale.ROOT).contains("replicat");
    }

    private static boolean replication(Node row) {
        return replication(row.text("Plug-In").orElse(null), row.text("Type").orElse(null));
    }

    static Duration elapsed(Node n) {
        String v = n.value().strip();
        Matcher m = ELAPSED.matcher(v);
        if (!m.matches()) {
            throw n.error("Elapsed = '" + abbreviate(v) + "': expected hours, minutes and seconds as mccli writes "
                    + "them, e.g. 36h:00m:00s");
        }
        long s = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 86400) + Long.parseLong(m.group(2)) * 3600
                + Long.parseLong(m.group(3)) * 60 + (m.group(4) == null ? 0 : Long.parseLong(m.group(4)));
        if (s <= 0) {
            throw n.error("Elapsed = '" + v + "': a completed job takes longer than 0 s");
        }
        if (s > MAX_JOB.toSeconds()) {
            throw n.error("Elapsed = '" + abbreviate(v) + "': more than 366 days, not a job's run time");
        }
        return Duration.ofSeconds(s);
    }

    static LocalDateTime end(Node n) {
        String v = n.value().strip();
        try {
            return LocalDateTime.parse(v.length() >= 16 ? v.substring(0, 16) : v, END);
        } catch (DateTimeParseException e) {
            throw n.error("EndTime = '" + abbreviate(v) + "': expected yyyy-MM-dd HH:mm, e.g. 2026-11-30 06:00 CET");
        }
    }

    /** mccli sizes: "8.0 GB" (GB = 2^30 B, as Avamar reports capacity) or "1,234,567 Bytes". */
    static double bytes(Node n) {
        String v = n.value().strip();
        Matcher m = BYTES.matcher(v);
        if (!m.matches()) {
            throw n.error("ProgressBytes = '" + abbreviate(v) + "': expected a size such as 8.0 GB or 1,234 Bytes");
        }
        double number = Double.parseDouble(m.group(1).replace(",", ""));
        int power = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 1;
            case "MB" -> 2;
            case "GB" -> 3;
            case "TB" -> 4;
            case "PB" -> 5;
            default -> 0;
        };
        return number * Math.pow(1024, power);
    }

    /** Today's run: the newest completed replication job first, then the jobs that overlapped it; empty for none. */
    static List<Job> run(List<Job> jobs) {
        Job newest = jobs.stream().filter(j -> j.end() != null).max(Comparator.comparing(Job::end))
                .orElse(jobs.isEmpty() ? null : jobs.get(jobs.size() - 1));
        if (newest == null) {
            return List.of();
        }
        List<Job> run = new ArrayList<>();
        run.add(newest);
        jobs.stream().filter(j -> j != newest && j.overlaps(newest)).forEach(run::add);
        return run;
    }

    /** replication.duration and, when every job of the run gives its bytes, replication.size. */
    static Measurements measurements(List<Job> jobs) {
        List<Job> run = run(jobs);
        if (run.isEmpty()) {
            return Measurements.none();
        }
        Job newest = run.get(0);
        Wording how = newest.how();
        Duration wall;
        if (run.size() > 1) {
            LocalDateTime from = run.stream().map(Job::start).min(Comparator.naturalOrder()).orElseThrow();
            LocalDateTime to = run.stream().map(Job::end).max(Comparator.naturalOrder()).orElseThrow();
            wall = Duration.between(from, to);
        } else {
            wall = newest.elapsed();
        }
        String ids = run.stream().map(Job::id).collect(Collectors.joining(", "));
        String what = run.size() == 1 ? "replication job " + newest.id() + " (" + newest.client() + ")"
                : run.size() + " concurrent replication jobs (" + ids + ")";
        Measurements.Builder b = Measurements.builder().put(new Measurement(MeasurementKey.REPLICATION_DURATION,
                wall.toSeconds(), Durations.format(wall), newest.origin() + ": " + what + " ran "
                + Durations.format(wall) + " (" + how.tool() + ", " + how.durationFields()
                + (run.size() > 1 && how == MCCLI ? " and EndTime" : "") + ")"));
        if (run.stream().allMatch(j -> j.bytes() != null)) {
            double bytes = run.stream().mapToDouble(Job::bytes).sum();
            b.put(new Measurement(MeasurementKey.REPLICATION_SIZE, bytes, DataSize.ofBytes(bytes).toString(),
                    newest.origin() + ": " + what + " processed " + DataSize.ofBytes(bytes)
                            + " (" + how.tool() + ", " + how.bytesField() + ")"));
        }
        return b.build();
    }

    /**
     * The backups that ran while today's replication run did (DD-DISK-CONTENTION); null when the histories hold no
     * completed replication run to compare with.
     */
    static BackupsDuringReplication load(List<Job> jobs, List<Backup> backups) {
        List<Job> run = run(jobs);
        if (run.isEmpty() || run.stream().anyMatch(j -> j.end() == null)) {
            return null;
        }
        LocalDateTime from = run.stream().map(Job::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime to = run.stream().map(Job::end).max(Comparator.naturalOrder()).orElseThrow();
        List<Backup> during = backups.stream().filter(b -> b.start().isBefore(to) && b.end().isAfter(from)).toList();
        return new BackupsDuringReplication(from, to, backups.size(), during, run.get(0).origin());
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
