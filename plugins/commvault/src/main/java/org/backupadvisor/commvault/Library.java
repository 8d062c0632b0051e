package org.backupadvisor.commvault;

import java.util.Map;

/**
 * A library (GET /Library/{libraryId}: {@code libraryInfo}, as cvpysdk's DiskLibrary and TapeLibrary read it). A tape
 * library lists its drives ({@code DriveList[].driveName}), a disk library its mount paths ({@code MountPathList}).
 */
public final class Library extends CommvaultObject {
    public static final String LIBRARY_ID = "libraryId";
    /** "tape" (the GET lists drives) or "disk" (it lists mount paths or a magnetic-library summary). */
    public static final String MEDIA = "media";
    public static final String DRIVES = "drives";
    public static final String MOUNT_PATHS = "mountPaths";

    public Library(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public String objectType() {
        return "library";
    }

    public String getName() {
        return objectId();
    }

    public String getMedia() {
        return string(MEDIA);
    }

    /** Drives the library GET lists; null for a disk library or when not exported. */
    public Integer getDrives() {
        return integer(DRIVES);
    }

    public Integer getMountPaths() {
        return integer(MOUNT_PATHS);
    }

    @Override
    protected CommvaultObject copy(Map<String, Object> fields) {
        return new Library(objectId(), origin(), fields);
    }
}
