package org.backupadvisor.netbackup;

import java.util.Locale;
import java.util.Map;

/**
 * A storage unit ({@code bpstulist -U}, or {@code GET /netbackup/storage/storage-units}): where a policy's jobs go,
 * how many run at once ("Concurrent Jobs"), and the disk pool or share behind it.
 */
public final class StorageUnit extends NetBackupObject {
    public static final String TYPE = "storageUnit";
    public static final String MAX_CONCURRENT_JOBS = "maxConcurrentJobs";
    public static final String MAX_MPX = "maxMpx";
    /** The protocol choice (DESIGN.md §8): BasicDisk/AdvancedDisk over SMB/NFS, or an OpenStorage plug-in. */
    public static final String DISK_TYPE = "diskType";
    public static final String OPEN_STORAGE = "OpenStorage";

    StorageUnit(String label, String origin, Map<String, Object> fields) {
        super(label, origin, fields);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    /** "Disk" or "Media Manager" (tape). */
    public String getStorageUnitType() {
        return stringField("storageUnitType");
    }

    public boolean isTape() {
        String t = getStorageUnitType();
        return t != null && t.toLowerCase(Locale.ROOT).contains("media manager");
    }

    public String getHost() {
        return stringField("host");
    }

    /** "Concurrent Jobs" (disk) / {@code maxConcurrentJobs}; vendor default 1 (research §2, [ADM-stucj]). */
    public Integer getMaxConcurrentJobs() {
        return intField(MAX_CONCURRENT_JOBS);
    }

    /** "Max MPX" / "Max MPX/drive". */
    public Integer getMaxMpx() {
        return intField(MAX_MPX);
    }

    public Integer getDrives() {
        return intField("drives");
    }

    public String getDiskPool() {
        return stringField("diskPool");
    }

    /** "Path:" of a BasicDisk storage unit ({@code \\altavault01\nbu} for an SMB share). */
    public String getPath() {
        return stringField("path");
    }

    /** BasicDisk, AdvancedDisk, PureDisk, OpenStorage (...): from the subtype, or the disk pool's type. */
    public String getDiskType() {
        return stringField(DISK_TYPE);
    }

    public boolean isOpenStorage() {
        String t = getDiskType();
        return t != null && t.startsWith(OPEN_STORAGE);
    }

    @Override
    StorageUnit with(String name, Object value) {
        return new StorageUnit(objectId(), origin(), changed(name, value));
    }
}
