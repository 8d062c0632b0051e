package org.backupadvisor.core.model;

import java.util.Set;

/**
 * A cap in bytes/s at one stage ("2 LTO drives × 120 MB/s = 240 MB/s"). {@code perStream} caps each stream
 * instead of the sum (a single reader's speed). {@code settings} as in {@link StreamLimit}. A capacity with a
 * {@code lane} is one of several parallel lanes (a NIC port, an appliance interface, a storage unit): the
 * {@link PathComposer} adds the lanes of the same stage and name into one capacity instead of taking their minimum.
 */
public record Capacity(Stage stage, String name, double bytesPerSecond, boolean perStream, String derivation,
                       Set<String> settings, String lane) {
    public Capacity {
        settings = Set.copyOf(settings);
    }

    public Capacity(Stage stage, String name, double bytesPerSecond, boolean perStream, String derivation,
                    Set<String> settings) {
        this(stage, name, bytesPerSecond, perStream, derivation, settings, null);
    }

    /** One parallel lane of a total capacity ("eth0 10 Gbit/s" of "NICs of backup01"). */
    public static Capacity lane(Stage stage, String name, String lane, double bps, String derivation, Set<String> settings) {
        return new Capacity(stage, name, bps, false, derivation, settings, lane);
    }

    public static Capacity total(Stage stage, String name, double bps, String derivation, Set<String> settings) {
        return new Capacity(stage, name, bps, false, derivation, settings);
    }

    public static Capacity perStream(Stage stage, String name, double bps, String derivation, Set<String> settings) {
        return new Capacity(stage, name, bps, true, derivation, settings);
    }
}
