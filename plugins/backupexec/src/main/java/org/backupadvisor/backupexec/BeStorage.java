package org.backupadvisor.backupexec;

import java.util.Map;

/**
 * A Backup Exec disk storage (a Backup-to-Disk folder) from {@code Get-BEStorage} and/or {@code Get-BEDiskStorageDevice}:
 * its UNC path (destination host and share), the concurrent write operations it allows and the jobs that write to it.
 */
public final class BeStorage extends BackupExecObject {
    public static final String TYPE = "storage";
    /** DESIGN.md §8's name for the concurrency setting when the export does not show BEMCLI's own spelling. */
    public static final String DEFAULT_CONCURRENCY_PROPERTY = "ConcurrentOperations";

    BeStorage(String name, String origin, Map<String, Object> fields) {
        super(name, origin, fields);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    /** "\\10.5.129.89\be_av1", or null when the export shows no UNC path (a local or cloud storage). */
    public String getPath() {
        return stringField("path");
    }

    /** The host (name or IP) of the UNC path: the composed path's destination. */
    public String getHost() {
        return stringField("host");
    }

    public String getShare() {
        return stringField("share");
    }

    public boolean isNetworkShare() {
        return getHost() != null;
    }

    /** StorageType as exported: a number (Windows PowerShell JSON) or a name (CLIXML). */
    public String getStorageType() {
        return stringField("storageType");
    }

    /** The disk storage's concurrent write operations, or null when no exported property holds it (research §3.2). */
    public Integer getConcurrentOperations() {
        return intField(getConcurrencyProperty());
    }

    /** The BEMCLI property that holds the concurrency, as exported (matched by /Concurren|WriteSession/). */
    public String getConcurrencyProperty() {
        String p = stringField("concurrencyProperty");
        return p == null ? DEFAULT_CONCURRENCY_PROPERTY : p;
    }

    /** Backup jobs that write to this storage (Get-BEJob Storage, else job history StorageName); null when unknown. */
    public Integer getJobs() {
        return intField("jobs");
    }

    @Override
    BeStorage with(String name, Object value) {
        return new BeStorage(objectId(), origin(), changed(name, value));
    }
}
