package org.backupadvisor.avamar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.model.wan.WanModel;
import org.backupadvisor.core.units.DataRate;

/**
 * The replication path of one replication group (Avamar-controlled Data Domain replication, DESIGN.md §8): streams =
 * streams per client job × concurrent processes (one process per client, at most max-streams), capped by the
 * Data Domain's replication stream limit (contributed by the datadomain plugin), by the avtar throttle and, over a
 * WAN, by what one TCP connection moves (the core's {@link WanModel}).
 *
 * <p>Scaling is sub-linear as seed 004 measured: 6 → 28 streams per client job replicated 50 TB in 18 h instead of
 * 36 h, 2× for 4.7× the streams. Throughput ∝ streams^e with e = ln 2 / ln(28/6) ≈ 0.45 reproduces it and keeps
 * other counts sensible (twice the streams: +37 %; 8 clients at 6 streams = 48 streams: 2.5× one client).
 */
final class AvamarPath {
    static final double SCALING_EXPONENT = Math.log(2) / Math.log(28.0 / 6.0);
    /** TCP window per replication stream when nothing says otherwise: 64 KiB (no window scaling). */
    static final double DEFAULT_WINDOW_BYTES = 65536;

    private AvamarPath() {
    }

    static String setting(String field) {
        return AvamarPlugin.ID + ".replicationGroup." + field;
    }

    static List<BackupPath> all(AvamarEnvironment env, Measurements m) {
        List<BackupPath> out = new ArrayList<>();
        for (ReplicationGroup g : env.groups()) {
            out.add(new BackupPath("avamar:" + g.getName(), AvamarPlugin.ID, Phase.REPLICATION, path(g, m),
                    List.of(Endpoint.destination("replication", null, g.getName()))));
        }
        return out;
    }

    static ThroughputPath path(ReplicationGroup g, Measurements m) {
        List<String> assumptions = new ArrayList<>();
        String streamsKnob = Recommendation.knob(setting(ReplicationGroup.STREAMS_PER_CLIENT), g.getName());
        String processesKnob = Recommendation.knob(setting(ReplicationGroup.CONCURRENT_PROCESSES), g.getName());
        String methodKnob = Recommendation.knob(setting(ReplicationGroup.METHOD_CONTROL), g.getName());
        int processes;
        String processWhy;
        if (g.getClients() != null) {
            processes = g.getActiveProcesses();
            processWhy = "min(" + g.getClients() + " client(s), max-streams " + g.getConcurrentProcesses() + ") = "
                    + processes + " process(es)";
        } else {
            processes = g.getConcurrentProcesses();
            processWhy = "max-streams " + processes + " process(es)";
            assumptions.add("replication group " + g.getName() + " lists no members (all clients): taken to keep "
                    + processes + " process(es) busy");
        }
        int perJob = g.getStreamsPerJob();
        String perJobWhy = g.isVsrForced() ? "1 stream per client job (ddr-repl-method-control 10 forces VSR: one session "
                + "per client)" : perJob + " stream(s) per client job (ddr-repl-max-parallel-streams"
                + (g.getStreamsPerClientExported() == null ? ", AMS default 6)" : ")");
        if (g.getMethodControl() == 5) {
            assumptions.add("ddr-repl-method-control 5 (default): Avamar chooses AMS or VSR per backup; modelled as AMS "
                    + "(VSR would use one session per client)");
        }
        List<StreamLimit> limits = List.of(new StreamLimit(Stage.REPLICATION, "replication streams of " + g.getName(),
                processes * perJob, perJobWhy + " × " + processWhy + " = " + processes * perJob + " stream(s)",
                Set.of(streamsKnob, processesKnob, methodKnob)));
        List<Capacity> caps = new ArrayList<>();
        Double throttle = g.getThrottleMbps();
        if (throttle != null && throttle > 0) {
            double bps = throttle * 1e6 / 8 * processes;
            caps.add(Capacity.total(Stage.NETWORK, "avtar throttle", bps, String.format(Locale.ROOT,
                    "[avtar]throttle %.1f Mbit/s × %d process(es) = %s", throttle, processes, DataRate.ofBytesPerSecond(bps)),
                    Set.of(Recommendation.knob(setting(ReplicationGroup.THROTTLE), g.getName()))));
        }
        Double rtt = m.getNetworkRtt();
        if (rtt != null && rtt > 0) {
            double loss = m.getNetworkLoss() == null ? 0 : m.getNetworkLoss();
            double conn = WanModel.perConnection(rtt, loss, DEFAULT_WINDOW_BYTES);
            String limit = WanModel.pftk(rtt, loss) < DEFAULT_WINDOW_BYTES / rtt ? "loss" : "window";
            caps.add(Capacity.perStream(Stage.NETWORK, "WAN per connection", conn, String.format(Locale.ROOT,
                    "WAN %s per connection at RTT %.0f ms, loss %.2g %% (%s-limited; 64 KiB window assumed)",
                    DataRate.ofBytesPerSecond(conn), rtt * 1000, loss * 100, limit), Set.of()));
            if (rtt > WanModel.VALIDATED_RTT_SECONDS) {
                assumptions.add("network.rtt above 200 ms is outside the WAN model's validated range");
            }
        }
        assumptions.add(String.format(Locale.ROOT, "replication scales as streams^%.2f (seed 004: 6 → 28 streams gave 2×)",
                SCALING_EXPONENT));
        return new ThroughputPath(limits, caps, assumptions, SCALING_EXPONENT);
    }
}
