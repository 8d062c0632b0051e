package org.backupadvisor.backupexec;

import java.util.List;
import java.util.Map;

/**
 * The Backup Exec server that writes to the Backup-to-Disk folders: its name (joined to the platform host of the same
 * name for NICs), the jobs it runs to network-share folders, the per-job rate its job history shows, and over how
 * many distinct destination addresses (paths) the folders are reached.
 */
public final class BeServer extends BackupExecObject {
    public static final String TYPE = "server";
    /** The setting that counts Backup-to-Disk folders on distinct AltaVault addresses (one per path, 000 §2.3). */
    public static final String FOLDERS = "backupToDiskFolders";
    /** 000 §2.2: a 10 GbE interface carries about 10 to 15 jobs of 50 MB/s before it saturates. */
    public static final int JOBS_PER_PATH_LOW = 10;
    public static final int JOBS_PER_PATH_HIGH = 15;
    /** 000 §2.2's typical single job, used when the job history gives no rate. */
    public static final double SEED_JOB_RATE = 50e6;
    /** 000 §3 item 5: start with five backup jobs per AltaVault NIC. */
    public static final int START_JOBS_PER_NIC = 5;

    BeServer(String name, String origin, Map<String, Object> fields) {
        super(name, origin, fields);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    /** Backup-to-Disk folders on distinct destination addresses: the paths jobs can be spread over today. */
    public int getBackupToDiskFolders() {
        Integer n = intField(FOLDERS);
        return n == null ? 0 : n;
    }

    /** The destination hosts of the network-share folders, in the order the exports list them. */
    @SuppressWarnings("unchecked")
    public List<String> getDestinationHosts() {
        Object v = field("destinationHosts");
        return v == null ? List.of() : (List<String>) v;
    }

    /** The network-share Backup-to-Disk folders by name (Get-BEStorage Name). */
    @SuppressWarnings("unchecked")
    public List<String> getFolderNames() {
        Object v = field("folderNames");
        return v == null ? List.of() : (List<String>) v;
    }

    public String getDestinationHost() {
        return getDestinationHosts().isEmpty() ? null : getDestinationHosts().get(0);
    }

    /** Jobs writing to the network-share folders (taken to run together in the backup window); null when unknown. */
    public Integer getJobs() {
        return intField("jobs");
    }

    /** Median job rate (bytes/s) of the successful backups in the job history; null without a history. */
    public Double getJobRate() {
        Object v = field("jobRate");
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** The history's rate, else 000 §2.2's 50 MB/s. */
    public double getJobRateOrSeed() {
        Double r = getJobRate();
        return r == null || r <= 0 ? SEED_JOB_RATE : r;
    }

    /** Jobs per path today (rounded up); null when the jobs are unknown. */
    public Integer getJobsPerPath() {
        Integer j = getJobs();
        int paths = Math.max(1, getBackupToDiskFolders());
        return j == null ? null : (j + paths - 1) / paths;
    }

    /** Jobs of today's per-job rate that fill one 10 GbE path: 10-15 jobs of 50 MB/s (000 §2.2), i.e. up to 750 MB/s. */
    public int getSaturationJobs() {
        return (int) Math.max(1, Math.round(JOBS_PER_PATH_HIGH * SEED_JOB_RATE / getJobRateOrSeed()));
    }

    @Override
    BeServer with(String name, Object value) {
        return new BeServer(objectId(), origin(), changed(name, value));
    }
}
