package org.backupadvisor.commvault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;

/**
 * Today's throughput from GET /Job summaries. The seed's figure is the combined rate of the weekend run ("a total
 * combined throughput of 290GB/hr"), so when several backup jobs ran alongside the newest full, the measurement is
 * their bytes over their common wall time; a lone job gives its own averageThroughput (GB/hr, GB = 2^30 B).
 */
final class JobHistory {
    record Job(long id, String status, String type, String level, String subclient, double start, double end,
               Double bytes, double gbPerHour, String origin) {
        boolean completedBackup() {
            return status.toLowerCase(Locale.ROOT).startsWith("completed") && type.equalsIgnoreCase("backup");
        }

        boolean full() {
            return level.equalsIgnoreCase("full") || level.equalsIgnoreCase("synthetic full");
        }

        boolean timed() {
            return start > 0 && end > start && bytes != null;
        }

        boolean overlaps(Job o) {
            return start < o.end && end > o.start;
        }
    }

    private JobHistory() {
    }

    static Measurements throughput(List<Job> jobs) {
        List<Job> done = jobs.stream().filter(Job::completedBackup).toList();
        Job newest = done.stream().max(Comparator.comparing(Job::full).thenComparingDouble(Job::end)).orElse(null);
        if (newest == null) {
            return Measurements.none();
        }
        List<Job> run = new ArrayList<>();
        if (newest.timed()) {
            done.stream().filter(j -> j.timed() && j.overlaps(newest)).forEach(run::add);
        }
        if (run.size() > 1) {
            double from = run.stream().mapToDouble(Job::start).min().orElseThrow();
            double to = run.stream().mapToDouble(Job::end).max().orElseThrow();
            double bytes = run.stream().mapToDouble(Job::bytes).sum();
            DataRate r = DataRate.ofBytesPerSecond(bytes / (to - from));
            String ids = run.stream().map(j -> String.valueOf(j.id())).collect(Collectors.joining(", "));
            return Measurements.builder().put(new Measurement(MeasurementKey.THROUGHPUT_CURRENT, r.bytesPerSecond(),
                    r.toString(), newest.origin() + ": " + run.size() + " concurrent backup jobs (" + ids + ") moved "
                    + DataSize.ofBytes(bytes) + " in " + Durations.format(java.time.Duration.ofSeconds((long) (to - from)))
                    + " = " + r + " combined")).build();
        }
        DataRate r = DataRate.ofGibibytesPerHour(newest.gbPerHour());
        return Measurements.builder().put(new Measurement(MeasurementKey.THROUGHPUT_CURRENT, r.bytesPerSecond(),
                newest.gbPerHour() + " GB/hr", newest.origin() + ": job " + newest.id() + " (" + newest.level() + ", "
                        + newest.subclient() + ") averageThroughput " + newest.gbPerHour() + " GB/hr (GB = 2^30 B) = " + r))
                .build();
    }
}
