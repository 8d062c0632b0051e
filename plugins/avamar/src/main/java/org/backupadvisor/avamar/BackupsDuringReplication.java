package org.backupadvisor.avamar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.backupadvisor.core.units.DataSize;

/**
 * The backups of an Avamar job history ({@code mccli activity show --xml} or a {@code v_activities_2} export) that
 * ran while today's replication run did: the Data Domain ingests them while it reads for replication, which is when
 * more replication streams bring disk contention (seed 004 §2.1). A rule fact, not a setting: one per bundle with
 * a replication run in its history.
 */
public final class BackupsDuringReplication {
    private final LocalDateTime from;
    private final LocalDateTime to;
    private final int backupRows;
    private final List<ActivityHistory.Backup> during;
    private final String origin;

    BackupsDuringReplication(LocalDateTime from, LocalDateTime to, int backupRows, List<ActivityHistory.Backup> during,
                             String origin) {
        this.from = from;
        this.to = to;
        this.backupRows = backupRows;
        this.during = List.copyOf(during);
        this.origin = origin;
    }

    /** Backup jobs (ended, any status) in the whole history: 0 means the history cannot tell who else wrote. */
    public int getBackupRows() {
        return backupRows;
    }

    /** Backup jobs that overlapped the replication run. */
    public int getBackupJobs() {
        return during.size();
    }

    /**
     * Backup jobs that overlapped the run and wrote to {@code ddHost}, or whose Data Domain the history does not name
     * (mccli does not; v_activities_2 gives ddr_hostname, empty for backups to the Avamar grid itself).
     */
    public int backupJobsOn(String ddHost) {
        return (int) during.stream().filter(b -> b.ddHost() == null || sameHost(b.ddHost(), ddHost)).count();
    }

    /** Bytes of those backups, null when one of them does not say. */
    public Double backupBytesOn(String ddHost) {
        double sum = 0;
        for (ActivityHistory.Backup b : during) {
            if (b.ddHost() == null || sameHost(b.ddHost(), ddHost)) {
                if (b.bytes() == null) {
                    return null;
                }
                sum += b.bytes();
            }
        }
        return sum;
    }

    /** "2026-11-28 18:00 to 2026-11-30 06:00". */
    public String getRun() {
        return from.toString().replace('T', ' ') + " to " + to.toString().replace('T', ' ');
    }

    /** The clients of the overlapping backups, for the message. */
    public String clientsOn(String ddHost) {
        TreeSet<String> c = new TreeSet<>();
        during.stream().filter(b -> b.ddHost() == null || sameHost(b.ddHost(), ddHost)).forEach(b -> c.add(b.client()));
        return String.join(", ", c.stream().limit(5).toList()) + (c.size() > 5 ? ", ..." : "");
    }

    public String getOrigin() {
        return origin;
    }

    /** "dd9300-dc1" and "dd9300-dc1.example.com" are one system: exports spell host names both ways. */
    static boolean sameHost(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + ".") || y.startsWith(x + ".");
    }

    public String describe(String ddHost) {
        Double bytes = backupBytesOn(ddHost);
        return backupJobsOn(ddHost) + " backup job(s)" + (bytes == null ? "" : " (" + DataSize.ofBytes(bytes) + ")")
                + " of " + clientsOn(ddHost) + " ran during the last replication run (" + getRun() + ", " + origin + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BackupsDuringReplication b && b.from.equals(from) && b.to.equals(to)
                && b.during.equals(during) && b.backupRows == backupRows;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, during.size(), backupRows);
    }

    @Override
    public String toString() {
        return "backups during replication " + getRun() + ": " + during.size() + " of " + backupRows;
    }
}
