package org.backupadvisor.commvault;

import java.util.Map;

/** A storage policy copy (GET /V2/StoragePolicy/{sp}/Copy/{copy}, or App_UpdateStoragePolicyCopyReq). */
public final class StoragePolicyCopy extends CommvaultObject {
    public static final String MULTIPLEXING_FACTOR = "multiplexingFactor";
    public static final String USE_STREAMS_OVER_MULTIPLEXING = "useStreamsOverMultiplexing";
    public static final String CHUNK_SIZE_MB = "chunkSizeMB";
    public static final String FLUSH_BLOCK_SIZE_KB = "flushBlockSizeKB";
    public static final String STORAGE_POLICY_NAME = "storagePolicyName";
    public static final String COPY_NAME = "copyName";
    public static final String COPY_ID = "copyId";
    public static final String STORAGE_POLICY_ID = "storagePolicyId";
    public static final String MEDIA_AGENT_NAME = "mediaAgentName";
    public static final String LIBRARY_NAME = "libraryName";
    /** The storage pool the copy writes to (copies[].storagePool, copy-level storagePool). */
    public static final String STORAGE_POOL_NAME = "storagePoolName";
    public static final String COPY_PRECEDENCE = "copyPrecedence";
    public static final String DEDUPLICATION = "enableDeduplication";
    /** Media the data path writes to: "tape" (a drive pool), "disk" (a mount path), or absent when unknown. */
    public static final String MEDIA = "media";

    public StoragePolicyCopy(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "copy";
    }

    public String getStoragePolicyName() {
        return string(STORAGE_POLICY_NAME);
    }

    public String getCopyName() {
        return string(COPY_NAME);
    }

    /** Multiplexing factor; 0 (off) when absent, as in the templates. */
    public int getMultiplexingFactor() {
        Integer v = integer(MULTIPLEXING_FACTOR);
        return v == null ? 0 : v;
    }

    /** "Use device streams rather than multiplexing if possible"; off when absent. */
    public boolean isUseStreamsOverMultiplexing() {
        return flag(USE_STREAMS_OVER_MULTIPLEXING, false);
    }

    /** Chunk size of the data path in MB; null when not exported. */
    public Integer getChunkSizeMB() {
        return integer(CHUNK_SIZE_MB);
    }

    public Integer getFlushBlockSizeKB() {
        return integer(FLUSH_BLOCK_SIZE_KB);
    }

    public String getMediaAgentName() {
        return string(MEDIA_AGENT_NAME);
    }

    public String getLibraryName() {
        return string(LIBRARY_NAME);
    }

    public String getStoragePoolName() {
        return string(STORAGE_POOL_NAME);
    }

    public boolean isDeduplication() {
        return flag(DEDUPLICATION, false);
    }

    /** "tape", "disk" or null (unknown from the export). */
    public String getMedia() {
        return string(MEDIA);
    }

    /** The primary copy: precedence 1, or named "Primary" when precedence is not exported. */
    public boolean isPrimary() {
        Integer p = integer(COPY_PRECEDENCE);
        return p != null ? p == 1 : "primary".equalsIgnoreCase(getCopyName());
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        return new StoragePolicyCopy(objectId(), origin(), fields);
    }
}
