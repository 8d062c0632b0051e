package org.backupadvisor.commvault;

import java.util.Map;

/**
 * A storage pool (GET /StoragePool list {@code storagePoolList[]}, or GET /StoragePool/{id}
 * {@code storagePoolDetails}; cvpysdk storage_pool.py). Its storage type says the media of every copy written to it:
 * 1 disk, 2 cloud, 3 HyperScale, 4 tape (cvpysdk StorageType); pool type 1 is a deduplication pool
 * (cvpysdk StoragePoolType).
 */
public final class StoragePool extends CommvaultObject {
    public static final String STORAGE_POOL_ID = "storagePoolId";
    public static final String STORAGE_TYPE = "storageType";
    public static final String STORAGE_POOL_TYPE = "storagePoolType";
    /** The storage policy a pool is built on (storagePoolDetails.copyInfo.StoragePolicyCopy.storagePolicyName). */
    public static final String STORAGE_POLICY_NAME = "storagePolicyName";
    public static final String LIBRARY_NAME = "libraryName";

    static final int POOL_DEDUPLICATION = 1;

    public StoragePool(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "storagePool";
    }

    public String getName() {
        return objectId();
    }

    /** "tape", "disk" (disk, cloud and HyperScale pools all write to mount paths or buckets), or null when unknown. */
    public String getMedia() {
        // Numbers in the V1 responses, names ("DISK", "CLOUD", "TAPE", "HYPERSCALE") in the V4 ones.
        String t = string(STORAGE_TYPE);
        if (t == null) {
            return isDeduplication() ? "disk" : null;
        }
        return switch (t.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "4", "TAPE" -> "tape";
            case "1", "2", "3", "DISK", "CLOUD", "HYPERSCALE" -> "disk";
            default -> null;
        };
    }

    public boolean isDeduplication() {
        String p = string(STORAGE_POOL_TYPE);
        return p != null && (p.trim().equals(String.valueOf(POOL_DEDUPLICATION)) || p.trim().equalsIgnoreCase("DEDUPLICATION"));
    }

    public String getStoragePolicyName() {
        return string(STORAGE_POLICY_NAME);
    }

    public String getLibraryName() {
        return string(LIBRARY_NAME);
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        return new StoragePool(objectId(), origin(), fields);
    }
}
