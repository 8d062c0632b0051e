package org.backupadvisor.core.model;

import java.util.Set;

/**
 * A cap on concurrent streams at one stage ("storage policy device streams = 1"). {@code settings} are the
 * setting names it is computed from, so the planner knows which recommendations can move it.
 */
public record StreamLimit(Stage stage, String name, int streams, String derivation, Set<String> settings) {
    public StreamLimit {
        if (streams < 0) {
            throw new IllegalArgumentException("streams < 0: " + name);
        }
        settings = Set.copyOf(settings);
    }
}
