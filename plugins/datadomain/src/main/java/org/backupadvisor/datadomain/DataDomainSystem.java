package org.backupadvisor.datadomain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.backupadvisor.core.facts.ConfigObject;

/**
 * A Data Domain system as Avamar's REST API lists it ({@code GET /api/v1/datadomains}: {@code ipv4Hostname},
 * {@code modelNumber}, {@code ddosVersion}, {@code maxStreams} "Maximum streams limit of the system",
 * {@code maxStreamsLimit} "Maximum streams limit used by Avamar"), with the replication stream soft limit of its model
 * where Dell publishes one.
 */
public final class DataDomainSystem implements ConfigObject {
    /**
     * Replication source stream soft limits by model (Dell KB 000315657, DDOS 8.x stream limits table; research notes
     * R2). Beyond the soft limit streams queue; at twice it they thrash ("nfs: Out of Streams", KB 000044317).
     */
    static final Map<String, Integer> REPL_SOURCE_SOFT_LIMIT = Map.of("DD6300", 150, "DD6400", 150, "DD6410", 150,
            "DD6800", 220, "DD6900", 220, "DD9300", 440, "DD9400", 440);

    private final String hostname;
    private final String origin;
    private final String model;
    private final String ddosVersion;
    private final Integer maxStreams;
    private final Integer maxStreamsLimit;

    public DataDomainSystem(String hostname, String origin, String model, String ddosVersion, Integer maxStreams,
                            Integer maxStreamsLimit) {
        this.hostname = Objects.requireNonNull(hostname);
        this.origin = origin;
        this.model = model;
        this.ddosVersion = ddosVersion;
        this.maxStreams = maxStreams;
        this.maxStreamsLimit = maxStreamsLimit;
    }

    @Override
    public String product() {
        return DataDomainPlugin.ID;
    }

    @Override
    public String objectType() {
        return "system";
    }

    @Override
    public String objectId() {
        return hostname;
    }

    @Override
    public String origin() {
        return origin;
    }

    public String getHostname() {
        return hostname;
    }

    public String getModel() {
        return model;
    }

    public String getDdosVersion() {
        return ddosVersion;
    }

    public Integer getMaxStreams() {
        return maxStreams;
    }

    public Integer getMaxStreamsLimit() {
        return maxStreamsLimit;
    }

    /** The model's replication source soft limit, null when the model is not in the published table. */
    public Integer getModelReplicationLimit() {
        return model == null ? null : REPL_SOURCE_SOFT_LIMIT.get(model.toUpperCase(Locale.ROOT).replace(" ", ""));
    }

    /**
     * Replication streams this system takes without queueing: the model's replication soft limit, within the streams
     * Avamar may use on it (maxStreamsLimit, else maxStreams); null when none of them is known.
     */
    public Integer getReplicationStreamLimit() {
        Integer avamar = maxStreamsLimit != null ? maxStreamsLimit : maxStreams;
        Integer model = getModelReplicationLimit();
        if (avamar == null) {
            return model;
        }
        return model == null ? avamar : Math.min(avamar, model);
    }

    /** Where {@link #getReplicationStreamLimit()} comes from, in words. */
    public String getReplicationStreamLimitDerivation() {
        Integer model = getModelReplicationLimit();
        String avamar = maxStreamsLimit != null ? "maxStreamsLimit " + maxStreamsLimit
                : maxStreams != null ? "maxStreams " + maxStreams : null;
        String m = model == null ? null : this.model + " replication soft limit " + model + " (KB 000315657)";
        return hostname + ": " + (avamar == null ? m : m == null ? avamar : "min(" + avamar + ", " + m + ")")
                + " = " + getReplicationStreamLimit() + " stream(s)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataDomainSystem d && d.hostname.equals(hostname) && Objects.equals(d.model, model)
                && Objects.equals(d.maxStreams, maxStreams) && Objects.equals(d.maxStreamsLimit, maxStreamsLimit);
    }

    @Override
    public int hashCode() {
        return hostname.hashCode();
    }

    @Override
    public String toString() {
        return "system " + hostname + " " + model + " " + ddosVersion;
    }
}
