package org.backupadvisor.core.model;

import java.util.List;

/**
 * What a plugin adds to a path it does not own: limits and capacities for the endpoints it matched (a media
 * server's NICs, an appliance's sessions and ingest rate), the endpoints it matched, and its assumptions.
 */
public record Contribution(String product, List<StreamLimit> streamLimits, List<Capacity> capacities,
                           List<String> assumptions, List<Endpoint> matched) {
    public static final Contribution NONE = new Contribution(null, List.of(), List.of(), List.of(), List.of());

    public Contribution {
        streamLimits = List.copyOf(streamLimits);
        capacities = List.copyOf(capacities);
        assumptions = List.copyOf(assumptions);
        matched = List.copyOf(matched);
    }

    public boolean isEmpty() {
        return streamLimits.isEmpty() && capacities.isEmpty() && assumptions.isEmpty() && matched.isEmpty();
    }
}
