package org.backupadvisor.core.model;

import java.util.List;

/**
 * A product's data path for one configuration: the stream limits along it, the capacities, and the assumptions
 * the plugin made (stated in the output). {@code scalingExponent} below 1 makes parallel gains sub-linear where
 * a seed measured that (1 = linear).
 */
public record ThroughputPath(List<StreamLimit> streamLimits, List<Capacity> capacities, List<String> assumptions,
                             double scalingExponent) {
    public ThroughputPath {
        streamLimits = List.copyOf(streamLimits);
        capacities = List.copyOf(capacities);
        assumptions = List.copyOf(assumptions);
    }

    public ThroughputPath(List<StreamLimit> streamLimits, List<Capacity> capacities, List<String> assumptions) {
        this(streamLimits, capacities, assumptions, 1.0);
    }

    /**
     * Whether a change to {@code knob} ("setting@object", or a bare setting) can move this path. Limits name the
     * knobs they read, or just the setting when they read it on many objects (a sum over 50,000 subclients).
     */
    public boolean reads(String knob) {
        int at = knob.indexOf('@');
        String setting = at < 0 ? knob : knob.substring(0, at);
        return streamLimits.stream().anyMatch(l -> l.settings().contains(knob) || l.settings().contains(setting))
                || capacities.stream().anyMatch(c -> c.settings().contains(knob) || c.settings().contains(setting));
    }
}
