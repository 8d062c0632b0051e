package org.backupadvisor.datadomain;

import java.util.Objects;
import org.backupadvisor.core.facts.ConfigObject;

/**
 * One row of {@code replication show config}: context number, source and destination (mtree:// or dir:// URLs),
 * connection host, low-bandwidth optimization, encryption, enabled and {@code max-repl-streams}.
 */
public final class ReplicationContext implements ConfigObject {
    private final String ctx;
    private final String origin;
    private final String source;
    private final String destination;
    private final String connectionHost;
    private final String lowBwOptim;
    private final String enabled;
    private final Integer maxReplStreams;

    public ReplicationContext(String ctx, String origin, String source, String destination, String connectionHost,
                              String lowBwOptim, String enabled, Integer maxReplStreams) {
        this.ctx = Objects.requireNonNull(ctx);
        this.origin = origin;
        this.source = source;
        this.destination = destination;
        this.connectionHost = connectionHost;
        this.lowBwOptim = lowBwOptim;
        this.enabled = enabled;
        this.maxReplStreams = maxReplStreams;
    }

    @Override
    public String product() {
        return DataDomainPlugin.ID;
    }

    @Override
    public String objectType() {
        return "replicationContext";
    }

    @Override
    public String objectId() {
        return "ctx " + ctx + " " + destination;
    }

    @Override
    public String origin() {
        return origin;
    }

    public String getCtx() {
        return ctx;
    }

    public String getSource() {
        return source;
    }

    public String getDestination() {
        return destination;
    }

    /** The host of the source URL (mtree://dd01.example.com/data/col1/x → dd01.example.com). */
    public String getSourceHost() {
        return host(source);
    }

    public String getDestinationHost() {
        return host(destination);
    }

    public String getConnectionHost() {
        return connectionHost;
    }

    public String getLowBwOptim() {
        return lowBwOptim;
    }

    public String getEnabled() {
        return enabled;
    }

    public Integer getMaxReplStreams() {
        return maxReplStreams;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        int s = url.indexOf("://");
        String rest = s < 0 ? url : url.substring(s + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplicationContext c && c.ctx.equals(ctx) && Objects.equals(c.destination, destination)
                && Objects.equals(c.maxReplStreams, maxReplStreams);
    }

    @Override
    public int hashCode() {
        return ctx.hashCode();
    }
}
