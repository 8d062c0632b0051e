package org.backupadvisor.core.measure;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The measurement vocabulary of DESIGN.md §5. Values carry units; each key says which kind of value it takes. */
public enum MeasurementKey {
    THROUGHPUT_CURRENT("throughput.current", Kind.RATE, "measured job throughput today (same as --measured)"),
    SOURCE_READ_PER_STREAM("source.readPerStream", Kind.RATE, "one reader stream from the source, e.g. tar | pv"),
    SOURCE_READ_AGGREGATE("source.readAggregate", Kind.RATE, "best aggregate read of the source with many readers"),
    NETWORK_LINK_SPEED("network.linkSpeed", Kind.RATE, "link speed between client and media server, e.g. 10Gbit/s"),
    NETWORK_RTT("network.rtt", Kind.DURATION, "round-trip time, e.g. 40ms"),
    NETWORK_LOSS("network.loss", Kind.PERCENT, "packet loss, e.g. 0.1%"),
    NETWORK_MTU("network.mtu", Kind.COUNT, "MTU in bytes, e.g. 9000"),
    TAPE_DRIVES("tape.drives", Kind.COUNT, "number of tape drives the copy can use"),
    TAPE_DRIVE_WRITE("tape.driveWrite", Kind.RATE, "write speed of one drive, e.g. Validate Drive 120MB/s"),
    TARGET_SESSIONS("target.sessions", Kind.COUNT, "concurrent sessions into the target appliance"),
    REPLICATION_SIZE("replication.size", Kind.SIZE, "data replicated per run"),
    REPLICATION_DURATION("replication.duration", Kind.DURATION, "how long a replication run takes today"),
    REPLICATION_WINDOW("replication.window", Kind.DURATION, "time allowed for a replication run");

    public enum Kind { RATE, SIZE, DURATION, PERCENT, COUNT }

    private final String key;
    private final Kind kind;
    private final String description;

    MeasurementKey(String key, Kind kind, String description) {
        this.key = key;
        this.kind = kind;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public static Optional<MeasurementKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static String knownKeys() {
        return Arrays.stream(values()).map(MeasurementKey::key).collect(Collectors.joining(", "));
    }
}
