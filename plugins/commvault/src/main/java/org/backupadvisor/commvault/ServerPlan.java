package org.backupadvisor.commvault;

import java.util.Map;

/**
 * A server plan (GET /V4/ServerPlan/{planId}), which replaces the storage policy on plan-based CommCells: its
 * {@code settings.deviceStreams} caps streams as a policy's device streams do (research/commvault.md §0.6).
 */
public final class ServerPlan extends CommvaultObject {
    public static final String DEVICE_STREAMS = "deviceStreams";
    public static final String PLAN_ID = "planId";
    /** Storage type of the primary backup destination as the plan reports it (e.g. "TAPE", "DISK", "CLOUD"). */
    public static final String PRIMARY_STORAGE_TYPE = "primaryStorageType";
    /** The storage pool of the plan's default copy (GET /V2/Plan/{id}: storage.copy[].useGlobalPolicy). */
    public static final String PRIMARY_STORAGE_POOL = "primaryStoragePool";
    public static final String UNIX_DATA_READERS = "unixNumberOfDataReaders";
    public static final String WINDOWS_DATA_READERS = "windowsNumberOfDataReaders";

    public ServerPlan(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "plan";
    }

    public String getName() {
        return objectId();
    }

    /** Device streams; null when the export lacks settings.deviceStreams. */
    public Integer getDeviceStreams() {
        return integer(DEVICE_STREAMS);
    }

    /** "tape", "disk" (disk or cloud) or null when the destination type is not exported. */
    public String getMedia() {
        String t = string(PRIMARY_STORAGE_TYPE);
        if (t == null) {
            return null;
        }
        return t.toUpperCase(java.util.Locale.ROOT).contains("TAPE") ? "tape" : "disk";
    }

    public Integer getUnixNumberOfDataReaders() {
        return integer(UNIX_DATA_READERS);
    }

    public Integer getWindowsNumberOfDataReaders() {
        return integer(WINDOWS_DATA_READERS);
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        return new ServerPlan(objectId(), origin(), fields);
    }
}
