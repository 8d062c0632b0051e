package org.backupadvisor.commvault;

import java.util.Map;

/** A MediaAgent (GET /V4/mediaAgent/{id}; V2 mediaAgentProps as far as it goes). */
public final class MediaAgent extends CommvaultObject {
    public static final String PARALLEL_DATA_TRANSFER_OPERATIONS = "parallelDataTransferOperations";
    public static final String OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS = "optimizeForConcurrentLANBackups";
    public static final String MEDIA_AGENT_ID = "mediaAgentId";
    /** Software version as GET /V4/mediaAgent reports it in general.version, e.g. "11.28.56". */
    public static final String VERSION = "version";
    /** Limits Commvault applies when the field is absent (OpenAPI3.yaml MediaAgentControl; research R22). */
    public static final int DEFAULT_PARALLEL_OPS_OPTIMIZED = 100;
    public static final int DEFAULT_PARALLEL_OPS_NOT_OPTIMIZED = 25;

    public MediaAgent(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "mediaAgent";
    }

    public String getName() {
        return objectId();
    }

    public String getVersion() {
        return string(VERSION);
    }

    /** Exported limit, null when absent. */
    public Integer getParallelDataTransferOperations() {
        return integer(PARALLEL_DATA_TRANSFER_OPERATIONS);
    }

    /** Null when the export does not say. */
    public Boolean getOptimizeForConcurrentLANBackups() {
        Object v = field(OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS);
        return v instanceof Boolean b ? b : null;
    }

    /** The limit in force: the exported one, else Commvault's default for the optimize setting. */
    public int getEffectiveParallelOperations() {
        Integer v = getParallelDataTransferOperations();
        if (v != null) {
            return v;
        }
        return Boolean.FALSE.equals(getOptimizeForConcurrentLANBackups())
                ? DEFAULT_PARALLEL_OPS_NOT_OPTIMIZED : DEFAULT_PARALLEL_OPS_OPTIMIZED;
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        return new MediaAgent(objectId(), origin(), fields);
    }
}
