package org.backupadvisor.core.measure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.UsageException;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;

/**
 * What the user measured, keyed by the vocabulary of {@link MeasurementKey}. Immutable; inserted into the rule
 * session as a fact, so rules read it with null-safe getters ({@code Measurements(tapeDrives != null)}).
 */
public final class Measurements {
    private final Map<MeasurementKey, Measurement> values;

    private Measurements(Map<MeasurementKey, Measurement> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static Measurements none() {
        return new Measurements(new EnumMap<>(MeasurementKey.class));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Measurement> get(MeasurementKey key) {
        return Optional.ofNullable(values.get(key));
    }

    public Map<MeasurementKey, Measurement> all() {
        return values;
    }

    private Double value(MeasurementKey key) {
        Measurement m = values.get(key);
        return m == null ? null : m.value();
    }

    private Integer count(MeasurementKey key) {
        Double v = value(key);
        return v == null ? null : (int) Math.round(v);
    }

    // Null-safe getters used by DRL constraints; null means "not measured".
    public Double getThroughputCurrent() {
        return value(MeasurementKey.THROUGHPUT_CURRENT);
    }

    public Double getSourceReadPerStream() {
        return value(MeasurementKey.SOURCE_READ_PER_STREAM);
    }

    public Double getSourceReadAggregate() {
        return value(MeasurementKey.SOURCE_READ_AGGREGATE);
    }

    public Double getNetworkLinkSpeed() {
        return value(MeasurementKey.NETWORK_LINK_SPEED);
    }

    public Double getNetworkRtt() {
        return value(MeasurementKey.NETWORK_RTT);
    }

    public Double getNetworkLoss() {
        return value(MeasurementKey.NETWORK_LOSS);
    }

    public Integer getNetworkMtu() {
        return count(MeasurementKey.NETWORK_MTU);
    }

    public Integer getTapeDrives() {
        return count(MeasurementKey.TAPE_DRIVES);
    }

    public Double getTapeDriveWrite() {
        return value(MeasurementKey.TAPE_DRIVE_WRITE);
    }

    public Integer getTargetSessions() {
        return count(MeasurementKey.TARGET_SESSIONS);
    }

    /** Bytes per replication run (replication.size); null when not measured. */
    public Double getReplicationSize() {
        return value(MeasurementKey.REPLICATION_SIZE);
    }

    /** Seconds a replication run takes today (replication.duration); null when not measured. */
    public Double getReplicationDuration() {
        return value(MeasurementKey.REPLICATION_DURATION);
    }

    /** Seconds allowed for a replication run (replication.window); null when not measured. */
    public Double getReplicationWindow() {
        return value(MeasurementKey.REPLICATION_WINDOW);
    }

    /** These values (the user's) over {@code fromExports} (job history): a key present in both keeps this one. */
    public Measurements withDefaults(Measurements fromExports) {
        Builder b = new Builder();
        fromExports.values.values().forEach(b::put);
        values.values().forEach(b::put);
        return b.build();
    }

    @Override
    public String toString() {
        return values.values().toString();
    }

    /** Counts (drives, sessions, MTU) above this are typos; below it an int holds them exactly. */
    static final long MAX_COUNT = 1_000_000;

    public static final class Builder {
        private final Map<MeasurementKey, Measurement> values = new EnumMap<>(MeasurementKey.class);

        public Builder put(Measurement m) {
            values.put(m.key(), m);
            return this;
        }

        /** Parses "tape.driveWrite=120MB/s" style input; unknown keys and bad values are {@link InputException}s. */
        public Builder parse(String key, String text, String source) {
            MeasurementKey k = MeasurementKey.byKey(key).orElseThrow(() -> new InputException(
                    source + ": unknown measurement key '" + key + "'; known keys: " + MeasurementKey.knownKeys()));
            double v;
            try {
                v = switch (k.kind()) {
                    case RATE -> DataRate.parse(text).bytesPerSecond();
                    case SIZE -> DataSize.parse(text).bytes();
                    case DURATION -> Durations.parse(text).toNanos() / 1e9;
                    case PERCENT -> percent(text);
                    case COUNT -> count(text);
                };
            } catch (InputException e) {
                throw new InputException(source + ": " + key + ": " + e.getMessage());
            }
            Measurement previous = values.get(k);
            if (previous != null && previous.value() != v) {
                // Two different values for one key: which did the user mean? Refuse rather than keep the last.
                throw new InputException(source + ": " + key + " is given twice, as " + previous.display() + " ("
                        + previous.source() + ") and as " + text.trim());
            }
            return put(new Measurement(k, v, text.trim(), source));
        }

        /**
         * A {@code measure} as the front ends take it, "tape.drives=2": split at the first '=' and {@link #parse}d with
         * the source "--measure tape.drives=2" (CLI) or "measure tape.drives=2" (API); not KEY=VALUE is a
         * {@link UsageException} worded with the front end's names.
         */
        public Builder parseAssignment(String kv, OptionStyle style) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) {
                throw new UsageException(style.name("measure") + " '" + kv + "' must be KEY=VALUE, e.g. "
                        + style.example("measure", "tape.drives=2"));
            }
            return parse(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim(), style.name("measure") + " " + kv);
        }

        /** The throughput measured today ({@code --measured} / {@code measured}): throughput.current. */
        public Builder parseMeasured(String rate, OptionStyle style) {
            return parse(MeasurementKey.THROUGHPUT_CURRENT.key(), rate, style.name("measured") + " " + rate);
        }

        private static double percent(String text) {
            String t = text.trim();
            boolean pct = t.endsWith("%");
            String number = pct ? t.substring(0, t.length() - 1).trim() : t;
            if (!number.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
                throw new InputException("'" + text + "' is not a percentage such as 0.1%");
            }
            try {
                double v = Double.parseDouble(number);
                if (!(v >= 0 && v <= 100)) {
                    throw new InputException("'" + text + "' is outside 0-100%");
                }
                return v / 100.0;
            } catch (NumberFormatException e) {
                throw new InputException("'" + text + "' is not a percentage such as 0.1%");
            }
        }

        private static double count(String text) {
            try {
                long v = Long.parseLong(text.trim().toLowerCase(Locale.ROOT).replace("_", ""));
                if (v < 0) {
                    throw new InputException("'" + text + "' must not be negative");
                }
                if (v > MAX_COUNT) {
                    throw new InputException("'" + text + "' is above " + MAX_COUNT + ": not a count of drives, sessions or bytes");
                }
                return v;
            } catch (NumberFormatException e) {
                throw new InputException("'" + text + "' is not a whole number");
            }
        }

        public Measurements build() {
            return new Measurements(values);
        }
    }
}
