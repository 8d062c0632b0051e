package org.backupadvisor.avamar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.backupadvisor.core.facts.ConfigObject;

/**
 * An Avamar replication group (REST {@code /v1/replication/groups/{id}}, or a legacy {@code repl_cron.cfg}): its
 * members and the replicate plug-in's flags by their bare names ({@code [avtar]ddr-repl-max-parallel-streams} and
 * {@code --ddr-repl-max-parallel-streams=28} are both {@code ddr-repl-max-parallel-streams}). Getters apply Avamar's
 * defaults where a flag is absent. Immutable: {@link #with} returns a changed copy.
 */
public final class ReplicationGroup implements ConfigObject {
    public static final String STREAMS_PER_CLIENT = "ddr-repl-max-parallel-streams";
    public static final String METHOD_CONTROL = "ddr-repl-method-control";
    /** The UI's "maximum concurrent processes": one process per client. */
    public static final String CONCURRENT_PROCESSES = "max-streams";
    public static final String MAX_DDR_STREAMS = "max-ddr-streams";
    public static final String THROTTLE = "throttle";
    public static final String REPLSCRIPT_TIMEOUT = "replscript-timeout";

    /** AMS default: 6 streams per client job (seed 004 §2.1). */
    public static final int DEFAULT_STREAMS_PER_CLIENT = 6;
    /** Seed 004 §2.2: "By default N is set to 5" (Avamar chooses between AMS and VSR). */
    public static final int DEFAULT_METHOD_CONTROL = 5;
    /** The replicate plug-in's default max-streams (the REST default flag set: value 1). */
    public static final int DEFAULT_CONCURRENT_PROCESSES = 1;

    private final String name;
    private final String origin;
    private final Integer clients;
    private final boolean allClients;
    private final Boolean allBackups;
    private final Boolean optimizeVsr;
    private final Map<String, String> flags;
    /** The MCS preference repl_window_hours (mcserver.xml), grid-wide; null when no mcserver.xml was given. */
    private final Integer replWindowHours;

    public ReplicationGroup(String name, String origin, Integer clients, boolean allClients, Boolean allBackups,
                            Boolean optimizeVsr, Map<String, String> flags) {
        this(name, origin, clients, allClients, allBackups, optimizeVsr, flags, null);
    }

    private ReplicationGroup(String name, String origin, Integer clients, boolean allClients, Boolean allBackups,
                             Boolean optimizeVsr, Map<String, String> flags, Integer replWindowHours) {
        this.replWindowHours = replWindowHours;
        this.name = Objects.requireNonNull(name);
        this.origin = origin;
        this.clients = clients;
        this.allClients = allClients;
        this.allBackups = allBackups;
        this.optimizeVsr = optimizeVsr;
        this.flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }

    @Override
    public String product() {
        return AvamarPlugin.ID;
    }

    @Override
    public String objectType() {
        return "replicationGroup";
    }

    @Override
    public String objectId() {
        return name;
    }

    @Override
    public String origin() {
        return origin;
    }

    public String getName() {
        return name;
    }

    /** Member clients (members[] of the group); null when the group replicates all clients or none are listed. */
    public Integer getClients() {
        return clients;
    }

    public boolean isAllClients() {
        return allClients;
    }

    /** allBackups: true = no backup filter; null when the export does not say. */
    public Boolean getAllBackups() {
        return allBackups;
    }

    public Boolean getOptimizeVsr() {
        return optimizeVsr;
    }

    public Map<String, String> flags() {
        return flags;
    }

    /** The flag as exported, null when absent (Avamar's default applies). */
    public String flag(String key) {
        return flags.get(key);
    }

    private int number(String key, int dflt) {
        String v = flags.get(key);
        return v == null ? dflt : (int) Math.round(Double.parseDouble(v));
    }

    /** Raw exported streams per client job, null when absent. */
    public Integer getStreamsPerClientExported() {
        return flags.containsKey(STREAMS_PER_CLIENT) ? number(STREAMS_PER_CLIENT, 0) : null;
    }

    public int getStreamsPerClient() {
        return number(STREAMS_PER_CLIENT, DEFAULT_STREAMS_PER_CLIENT);
    }

    public Integer getMethodControlExported() {
        return flags.containsKey(METHOD_CONTROL) ? number(METHOD_CONTROL, 0) : null;
    }

    public int getMethodControl() {
        return number(METHOD_CONTROL, DEFAULT_METHOD_CONTROL);
    }

    public Integer getConcurrentProcessesExported() {
        return flags.containsKey(CONCURRENT_PROCESSES) ? number(CONCURRENT_PROCESSES, 0) : null;
    }

    public int getConcurrentProcesses() {
        return number(CONCURRENT_PROCESSES, DEFAULT_CONCURRENT_PROCESSES);
    }

    /** Processes that run at once: one per client, at most max-streams; null when the client count is unknown. */
    public Integer getActiveProcesses() {
        return clients == null ? null : Math.max(1, Math.min(clients, getConcurrentProcesses()));
    }

    /** Processes that run at once, taking all of max-streams when the members are unknown (every client). */
    public int getProcesses() {
        Integer p = getActiveProcesses();
        return p == null ? Math.max(1, getConcurrentProcesses()) : p;
    }

    /** VSR forced: one session per client dataset (seed 004 §2.2). */
    public boolean isVsrForced() {
        return getMethodControl() == 10;
    }

    /** Streams one client job uses: 1 when VSR is forced, else AMS's streams per client. */
    public int getStreamsPerJob() {
        return isVsrForced() ? 1 : getStreamsPerClient();
    }

    /** Total replication streams the group opens, null when the client count is unknown. */
    public Integer getTotalStreams() {
        Integer p = getActiveProcesses();
        return p == null ? null : p * getStreamsPerJob();
    }

    /** [avtar]throttle in Mbit/s; 0 = unlimited; null when absent. */
    public Double getThrottleMbps() {
        String v = flags.get(THROTTLE);
        return v == null ? null : Double.parseDouble(v);
    }

    /** [replscript]timeout in seconds, null when absent (the plug-in default is 72000 s = 20 h, KB 000058188). */
    public Integer getReplscriptTimeout() {
        return flags.containsKey(REPLSCRIPT_TIMEOUT) ? number(REPLSCRIPT_TIMEOUT, 0) : null;
    }

    /** The MCS preference repl_window_hours from mcserver.xml, null when not exported (Avamar's default is 24 h). */
    public Integer getReplWindowHours() {
        return replWindowHours;
    }

    public ReplicationGroup with(String field, Object value) {
        Map<String, String> f = new LinkedHashMap<>(flags);
        f.put(field, String.valueOf(value));
        return new ReplicationGroup(name, origin, clients, allClients, allBackups, optimizeVsr, f, replWindowHours);
    }

    /** A copy with flag lines merged in (a later source wins). */
    ReplicationGroup withFlags(Map<String, String> more, String moreOrigin) {
        Map<String, String> f = new LinkedHashMap<>(flags);
        f.putAll(more);
        return new ReplicationGroup(name, origin == null ? moreOrigin : origin + ", " + moreOrigin, clients, allClients,
                allBackups, optimizeVsr, f, replWindowHours);
    }

    /** A copy with the grid's MCS repl_window_hours (it applies to every replication job of the grid). */
    ReplicationGroup withReplWindowHours(Integer hours) {
        return new ReplicationGroup(name, origin, clients, allClients, allBackups, optimizeVsr, flags, hours);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplicationGroup g && g.name.equals(name) && g.flags.equals(flags)
                && Objects.equals(g.replWindowHours, replWindowHours);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + flags.hashCode();
    }

    @Override
    public String toString() {
        return "replicationGroup " + name + " " + flags;
    }
}
