package org.backupadvisor.core.model;

import java.util.List;

/**
 * One path a backup product models (a storage policy's subclients to its copy, a NetBackup policy to its storage
 * unit, a replication group to its Data Domain): its own limits and capacities and the endpoints it names, so other
 * plugins can contribute to it. {@code id} is stable across what-if changes (the planner finds the path again by it).
 */
public record BackupPath(String id, String product, Phase phase, ThroughputPath path, List<Endpoint> endpoints) {
    public BackupPath {
        endpoints = List.copyOf(endpoints);
    }
}
