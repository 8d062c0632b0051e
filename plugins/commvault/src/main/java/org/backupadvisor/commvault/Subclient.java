package org.backupadvisor.commvault;

import java.util.List;
import java.util.Map;

/**
 * A subclient (GET /Subclient/{id}, or App_UpdateSubClientPropertiesRequest). Fields keep Commvault's names from
 * subClientProperties.commonProperties[.storageDevice] (research/commvault.md §1.3).
 */
@org.backupadvisor.core.facts.Independent
public final class Subclient extends CommvaultObject {
    public static final String NUMBER_OF_BACKUP_STREAMS = "numberOfBackupStreams";
    public static final String ALLOW_MULTIPLE_DATA_READERS = "allowMultipleDataReaders";
    public static final String NETWORK_AGENTS = "networkAgents";
    public static final String APPLICABLE_READ_SIZE = "applicableReadSize";
    public static final String THROTTLE_NETWORK_BANDWIDTH = "throttleNetworkBandwidth";
    public static final String STORAGE_POLICY_NAME = "storagePolicyName";
    public static final String PLAN_NAME = "planName";
    public static final String APP_NAME = "appName";
    public static final String CONTENT = "content";
    public static final String SUBCLIENT_ID = "subclientId";
    /** Marker: the export carried the storageDevice block, so absent fields in it mean vendor defaults. */
    public static final String STORAGE_DEVICE_EXPORTED = "storageDevice";

    /** Commvault's default number of network agents (research/commvault.md R8). */
    public static final int DEFAULT_NETWORK_AGENTS = 2;

    public Subclient(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "subclient";
    }

    /** Number of Data Readers; 0 = optimal (Commvault decides); null = not in the export. */
    public Integer getNumberOfBackupStreams() {
        return integer(NUMBER_OF_BACKUP_STREAMS);
    }

    /** "Allow multiple data readers within a drive or mount point": off when the export leaves it out. */
    public boolean isAllowMultipleDataReaders() {
        return flag(ALLOW_MULTIPLE_DATA_READERS, false);
    }

    /** Network agents; Commvault's default 2 when absent. */
    public int getNetworkAgents() {
        Integer v = integer(NETWORK_AGENTS);
        return v == null ? DEFAULT_NETWORK_AGENTS : v;
    }

    /** Whether the export carried commonProperties.storageDevice at all (else its settings are unknown). */
    public boolean isStorageDeviceExported() {
        return Boolean.TRUE.equals(field(STORAGE_DEVICE_EXPORTED));
    }

    /** Application read size in KB; null when not exported. */
    public Integer getApplicableReadSize() {
        return integer(APPLICABLE_READ_SIZE);
    }

    /** Network throttle in MB/hr per network agent; null or 0 = no throttle. */
    public Integer getThrottleNetworkBandwidth() {
        return integer(THROTTLE_NETWORK_BANDWIDTH);
    }

    public String getStoragePolicyName() {
        return string(STORAGE_POLICY_NAME);
    }

    // Join keys, computed once per object: environments are rebuilt thousands of times while a plan is priced.
    private String storagePolicyKey;
    private String planKey;

    /** Lower-case storage policy name ("" when none): Commvault names are case-insensitive. */
    public String getStoragePolicyKey() {
        if (storagePolicyKey == null) {
            storagePolicyKey = nameKey(getStoragePolicyName());
        }
        return storagePolicyKey;
    }

    /** Lower-case server plan name ("" when none): how the rules find this subclient's {@link Route}. */
    public String getPlanKey() {
        if (planKey == null) {
            planKey = nameKey(getPlanName());
        }
        return planKey;
    }

    public String getPlanName() {
        return string(PLAN_NAME);
    }

    public String getAppName() {
        return string(APP_NAME);
    }

    public boolean isFileSystem() {
        String app = getAppName();
        return app == null || app.toLowerCase(java.util.Locale.ROOT).contains("file system");
    }

    @SuppressWarnings("unchecked")
    public List<String> getContent() {
        Object v = field(CONTENT);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    /**
     * Mount points the content spans, as far as the export shows: each content path counts as one. Commvault uses at
     * most one reader per drive or mount point unless multiple readers are allowed.
     */
    public int getMountPoints() {
        return Math.max(1, getContent().size());
    }

    /**
     * Readers this subclient really runs: its numberOfBackupStreams (absent or 0 = optimal: one per mount point),
     * at most one per mount point unless allowMultipleDataReaders is on.
     */
    public int getEffectiveReaders() {
        Integer n = getNumberOfBackupStreams();
        int mounts = getMountPoints();
        int configured = n == null || n == 0 ? mounts : n;
        return isAllowMultipleDataReaders() ? configured : Math.min(configured, mounts);
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        Subclient copy = new Subclient(objectId(), origin(), fields);
        // A priced change sets readers or agents, rarely a name: the copy keeps the join keys unless it changed one.
        if (fields.get(STORAGE_POLICY_NAME) == field(STORAGE_POLICY_NAME)) {
            copy.storagePolicyKey = storagePolicyKey;
        }
        if (fields.get(PLAN_NAME) == field(PLAN_NAME)) {
            copy.planKey = planKey;
        }
        return copy;
    }
}
