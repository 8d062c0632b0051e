package org.backupadvisor.commvault;

import java.util.Map;

/** A storage policy (GET /V2/StoragePolicy/{id}?propertyLevel=10, or App_UpdateStoragePolicyReq). */
public final class StoragePolicy extends CommvaultObject {
    public static final String NUMBER_OF_STREAMS = "numberOfStreams";
    public static final String RANDOMIZE_STREAM = "randomizeStream";
    public static final String INCREMENTAL_STORAGE_POLICY = "incrementalStoragePolicy";
    /** Read only from a list response (GET /V2/StoragePolicy without an id): fields it omits are unknown, not unset. */
    public static final String LIST_ENTRY = "listEntry";
    public static final String STORAGE_POLICY_ID = "storagePolicyId";

    public StoragePolicy(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "storagePolicy";
    }

    public String getName() {
        return objectId();
    }

    /** Device streams (1-600); null when not exported. */
    public Integer getNumberOfStreams() {
        return integer(NUMBER_OF_STREAMS);
    }

    /**
     * Stream randomization, or null when no export carried it: it arrives with the copy GET's StoragePolicyFlags
     * (where an absent flag means off) or an update request, not with every policy GET.
     */
    public Boolean getRandomizeStream() {
        Object v = field(RANDOMIZE_STREAM);
        return v instanceof Boolean b ? b : null;
    }

    /** Name of the incremental storage policy, null when none is set. */
    /** True when the policy was seen only in a list response, which omits copies and the incremental policy. */
    public boolean getListEntry() {
        return Boolean.TRUE.equals(field(LIST_ENTRY));
    }

    public String getIncrementalStoragePolicy() {
        return string(INCREMENTAL_STORAGE_POLICY);
    }

    public Integer getStoragePolicyId() {
        return integer(STORAGE_POLICY_ID);
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        return new StoragePolicy(objectId(), origin(), fields);
    }
}
