package org.backupadvisor.core.model;

import java.util.Locale;

/** What a path moves data for; each has its own goal (DESIGN.md §8: goals per phase). */
public enum Phase {
    BACKUP, REPLICATION, RESTORE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
