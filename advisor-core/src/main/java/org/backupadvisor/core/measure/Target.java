package org.backupadvisor.core.measure;

import java.time.Duration;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;

/** The throughput the user needs, and how it was stated ("--target 173MB/s" or "30 TB in 48 h"). */
public record Target(DataRate rate, String source, DataSize size, Duration window) {

    public Target(DataRate rate, String source) {
        this(rate, source, null, null);
    }

    public static Target of(DataRate rate) {
        return new Target(rate, rate.toString());
    }

    /** "30TB in 48h" → 173.6 MB/s (decimal units, as the seed computes it). */
    public static Target ofWindow(DataSize size, Duration window) {
        return new Target(DataRate.of(size, window), size + " in " + Durations.format(window), size, window);
    }
}
