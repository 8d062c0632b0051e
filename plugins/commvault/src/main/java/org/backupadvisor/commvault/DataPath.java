package org.backupadvisor.commvault;

/**
 * How one subclient's backup travels, joined from the exports by ids/names: subclient → storage policy → its
 * primary copy → the copy's MediaAgent. Any link may be null when the export bundle lacks that object; rules that
 * need it say NOT_EVALUATED. A fact for the rules, rebuilt whenever objects change.
 */
public record DataPath(Subclient subclient, StoragePolicy storagePolicy, StoragePolicyCopy copy, MediaAgent mediaAgent) {

    public Subclient getSubclient() {
        return subclient;
    }

    public StoragePolicy getStoragePolicy() {
        return storagePolicy;
    }

    public StoragePolicyCopy getCopy() {
        return copy;
    }

    public MediaAgent getMediaAgent() {
        return mediaAgent;
    }

    /** "tape", "disk", or null when the copy is missing or its media is not in the export. */
    public String getMedia() {
        return copy == null ? null : copy.getMedia();
    }
}
