package org.backupadvisor.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.units.DataRate;

/**
 * Composes one path across products (DESIGN.md §8): the backup product's own stages, what target and platform
 * plugins contribute for the endpoints they matched, and the measured capacities every product shares (source read,
 * link), added once here. Stages are in series (the model takes the minimum); lanes of one stage are in parallel
 * (added: two 10 GbE ports carry twice one port). A destination no plugin matched keeps the backup product's own
 * stages, and the path says which one was not matched.
 */
public final class PathComposer {
    private PathComposer() {
    }

    public static ThroughputPath compose(BackupPath base, List<Contribution> contributions, Measurements m) {
        List<StreamLimit> limits = new ArrayList<>(base.path().streamLimits());
        List<Capacity> caps = new ArrayList<>(base.path().capacities());
        List<String> assumptions = new ArrayList<>(base.path().assumptions());
        Set<Endpoint> matched = new LinkedHashSet<>();
        for (Contribution c : contributions) {
            limits.addAll(c.streamLimits());
            caps.addAll(c.capacities());
            assumptions.addAll(c.assumptions());
            matched.addAll(c.matched());
        }
        for (Endpoint e : base.endpoints()) {
            if (e.role() == Endpoint.Role.DESTINATION && !matched.contains(e)) {
                assumptions.add("destination " + e + " has no target or platform export: modelled with "
                        + base.product() + "'s own stages only");
            }
        }
        caps.addAll(measured(m));
        return new ThroughputPath(limits, addLanes(caps), assumptions, base.path().scalingExponent());
    }

    /** The capacities the user measured along any path (DESIGN.md §5): a reader stream, the source in aggregate, the link. */
    static List<Capacity> measured(Measurements m) {
        List<Capacity> out = new ArrayList<>();
        m.get(MeasurementKey.SOURCE_READ_PER_STREAM).ifPresent(x -> out.add(Capacity.perStream(Stage.SOURCE,
                "source read per stream", x.value(), "source read " + DataRate.ofBytesPerSecond(x.value())
                        + " per stream (" + x.source() + ")", Set.of())));
        m.get(MeasurementKey.SOURCE_READ_AGGREGATE).ifPresent(x -> out.add(Capacity.total(Stage.SOURCE,
                "source aggregate read", x.value(), "source aggregate read " + DataRate.ofBytesPerSecond(x.value())
                        + " (" + x.source() + ")", Set.of())));
        m.get(MeasurementKey.NETWORK_LINK_SPEED).ifPresent(x -> out.add(Capacity.total(Stage.NETWORK, "network link",
                x.value(), "network link " + DataRate.ofBytesPerSecond(x.value()) + " (" + x.source() + ")", Set.of())));
        return out;
    }

    /** Lanes of the same stage and name become one capacity: their sum, with each lane in the derivation. */
    static List<Capacity> addLanes(List<Capacity> caps) {
        List<Capacity> out = new ArrayList<>();
        Map<String, List<Capacity>> lanes = new LinkedHashMap<>();
        for (Capacity c : caps) {
            if (c.lane() == null) {
                out.add(c);
            } else {
                lanes.computeIfAbsent(c.stage() + "\u0000" + c.name(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Capacity> group : lanes.values()) {
            double sum = group.stream().mapToDouble(Capacity::bytesPerSecond).sum();
            Set<String> settings = new LinkedHashSet<>();
            group.forEach(c -> settings.addAll(c.settings()));
            String each = group.stream().map(Capacity::derivation).reduce((a, b) -> a + " + " + b).orElse("");
            String derivation = group.size() == 1 ? each
                    : group.get(0).name() + ": " + each + " = " + DataRate.ofBytesPerSecond(sum);
            out.add(Capacity.total(group.get(0).stage(), group.get(0).name(), sum, derivation, settings));
        }
        return out;
    }
}
