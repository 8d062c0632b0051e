package org.backupadvisor.core.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;

/**
 * A throughput in bytes per second. Parses the spellings backup people use (DESIGN.md §3): "173MB/s",
 * "290GB/hr", "10.6TB/hr", "936mb/s" (lower-case b = megabits), "10Gbit/s", "1Gbps", "120 MB/sec".
 * All decimal: MB = 10^6 B. Commvault job summaries report GB/hr of 2^30 B; read those with
 * {@link #ofGibibytesPerHour(double)}, never by parsing.
 */
public record DataRate(double bytesPerSecond) implements Comparable<DataRate> {

    private static final Pattern RATE = Pattern.compile(
            "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]+?)\\s*(?:/\\s*([A-Za-z]+)|(ps))\\s*");

    /** No backup path moves a petabyte per second; larger "rates" are typos or attacks on the arithmetic. */
    static final double MAX_BYTES_PER_SECOND = 1e15;

    public DataRate {
        if (bytesPerSecond < 0 || Double.isNaN(bytesPerSecond) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("rate must be finite and non-negative: " + bytesPerSecond);
        }
    }

    public static DataRate ofBytesPerSecond(double bps) {
        return new DataRate(bps);
    }

    public static DataRate ofMegabytesPerSecond(double mbps) {
        return new DataRate(mbps * 1e6);
    }

    /** Commvault's GB/hr (jobSummary.averageThroughput): GB = 2^30 bytes (research/commvault.md §2.3). */
    public static DataRate ofGibibytesPerHour(double gbPerHour) {
        return new DataRate(gbPerHour * 0x1p30 / 3600.0);
    }

    public static DataRate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InputException("rate missing: expected e.g. 173MB/s, 290GB/hr, 10Gbit/s");
        }
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
            throw new InputException("'" + text + "' is not a rate: expected a number, a size unit and a time unit, "
                    + "e.g. 173MB/s, 290GB/hr, 10.6TB/hr, 936mb/s (megabits), 10Gbit/s");
        }
        double number = Double.parseDouble(m.group(1));
        double perUnit = DataSize.bytesPerUnit(m.group(2), text, false);
        double seconds = m.group(4) != null ? 1 : secondsPer(m.group(3), text);
        double bps = number * perUnit / seconds;
        if (!(bps > 0)) {
            throw new InputException("'" + text + "' is not above zero: a rate must be positive");
        }
        if (bps > MAX_BYTES_PER_SECOND) {
            throw new InputException("'" + text + "' is above 1 PB/s: not a backup or link rate");
        }
        return new DataRate(bps);
    }

    private static double secondsPer(String unit, String original) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "s", "sec", "second" -> 1;
            case "m", "min", "minute" -> 60;
            case "h", "hr", "hour" -> 3600;
            case "d", "day" -> 86400;
            default -> throw new InputException("'" + original + "' has an unknown time unit '" + unit
                    + "': expected /s, /min, /hr or /day");
        };
    }

    public static DataRate of(DataSize size, java.time.Duration over) {
        if (over.isZero() || over.isNegative()) {
            throw new InputException("duration must be positive, got " + Durations.format(over));
        }
        return new DataRate(size.bytes() / (over.toNanos() / 1e9));
    }

    public double megabytesPerSecond() {
        return bytesPerSecond / 1e6;
    }

    public DataRate times(double factor) {
        return new DataRate(bytesPerSecond * factor);
    }

    public DataRate min(DataRate other) {
        return bytesPerSecond <= other.bytesPerSecond ? this : other;
    }

    /** Time to move {@code size} at this rate. */
    public java.time.Duration timeFor(DataSize size) {
        return java.time.Duration.ofMillis(Math.round(size.bytes() / bytesPerSecond * 1000));
    }

    @Override
    public int compareTo(DataRate o) {
        return Double.compare(bytesPerSecond, o.bytesPerSecond);
    }

    /** "173.6 MB/s". */
    @Override
    public String toString() {
        return Formats.scaled(bytesPerSecond, "B/s");
    }

    /** "625 GB/hr": the unit Commvault admins read in the job controller (decimal here). */
    public String toPerHourString() {
        return Formats.scaled(bytesPerSecond * 3600, "B/hr");
    }
}
