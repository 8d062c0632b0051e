package org.backupadvisor.core.model;

import java.util.Set;

/**
 * A cap in bytes/s at one stage ("2 LTO drives × 120 MB/s = 240 MB/s"). {@code perStream} caps each stream
 * instead of the sum (a single reader's speed). {@code settings} as in {@link StreamLimit}.
 */
public record Capacity(Stage stage, String name, double bytesPerSecond, boolean perStream, String derivation,
                       Set<String> settings) {
    public Capacity {
        settings = Set.copyOf(settings);
    }

    public static Capacity total(Stage stage, String name, double bps, String derivation, Set<String> settings) {
        return new Capacity(stage, name, bps, false, derivation, settings);
    }

    public static Capacity perStream(Stage stage, String name, double bps, String derivation, Set<String> settings) {
        return new Capacity(stage, name, bps, true, derivation, settings);
    }
}
