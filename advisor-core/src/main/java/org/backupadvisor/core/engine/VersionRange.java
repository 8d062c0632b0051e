package org.backupadvisor.core.engine;

/** A rule's {@code @versions}, parsed by its product's {@link VersionScheme}. */
public interface VersionRange {
    /** Whether a version the exports report lies in the range; an unreadable version counts as inside. */
    boolean includes(String productVersion);
}
