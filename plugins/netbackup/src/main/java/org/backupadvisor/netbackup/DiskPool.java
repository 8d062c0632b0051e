package org.backupadvisor.netbackup;

import java.util.Map;

/** A disk pool ({@code nbdevquery -listdp -U}, or {@code GET /netbackup/storage/disk-pools}). */
public final class DiskPool extends NetBackupObject {
    public static final String TYPE = "diskPool";
    public static final String MAX_IO_STREAMS = "maxIoStreams";

    DiskPool(String name, String origin, Map<String, Object> fields) {
        super(name, origin, fields);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    /** "Disk Type": PureDisk, AdvancedDisk, or the OpenStorage plug-in's storage server type. */
    public String getDiskType() {
        return stringField("diskType");
    }

    /** "Max IO Streams": null when unlimited (-1, the default). */
    public Integer getMaxIoStreams() {
        return intField(MAX_IO_STREAMS);
    }

    public String getStorageServer() {
        return stringField("storageServer");
    }

    public Integer getHighWatermark() {
        return intField("highWatermark");
    }

    @Override
    DiskPool with(String name, Object value) {
        return new DiskPool(objectId(), origin(), changed(name, value));
    }
}
