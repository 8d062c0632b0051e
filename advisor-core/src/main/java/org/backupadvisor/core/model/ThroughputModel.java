package org.backupadvisor.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backupadvisor.core.units.DataRate;

/**
 * DESIGN.md §3.4: effective parallelism is the minimum of the stream limits along the path; each stream moves the
 * calibrated per-stream rate (capped by per-stream capacities); the sum is capped by every total capacity.
 * The per-stream rate is calibrated once, from the measured throughput and today's effective streams, and then
 * held fixed while configurations change: what a stream does today, it does tomorrow.
 */
public final class ThroughputModel {

    private ThroughputModel() {
    }

    /**
     * Per-stream rate implied by {@code measured} on {@code today}: measured ÷ effective streams^exponent.
     */
    public static double calibratePerStream(ThroughputPath today, double measuredBytesPerSecond) {
        int streams = effectiveStreams(today);
        return measuredBytesPerSecond / Math.pow(Math.max(1, streams), today.scalingExponent());
    }

    public static int effectiveStreams(ThroughputPath path) {
        return path.streamLimits().stream().mapToInt(StreamLimit::streams).min().orElse(1);
    }

    /**
     * Projects {@code path} with the given per-stream rate. {@code streamEfficiency} (≤ 1) discounts the gain of
     * streams beyond {@code calibratedStreams} and {@code capacityFactor} (≤ 1) scales capacities: the low end of
     * the range uses both below 1, the point estimate uses 1.
     */
    public static Projection project(ThroughputPath path, double perStream, int calibratedStreams,
                                     double streamEfficiency, double capacityFactor) {
        // A path with no stream limit is one flow whose rate only capacities bound (a protocol or a NIC, not a count).
        StreamLimit binding = path.streamLimits().stream()
                .min(Comparator.comparingInt(StreamLimit::streams)).orElse(null);
        int streams = binding == null ? 1 : Math.max(1, binding.streams());
        double stream = perStream;
        List<Capacity> perStreamCaps = new ArrayList<>(2);
        for (Capacity c : path.capacities()) {
            if (c.perStream() && c.bytesPerSecond() * capacityFactor < stream) {
                stream = c.bytesPerSecond() * capacityFactor;
                perStreamCaps.add(c);
            }
        }
        double scaledStreams = Math.pow(streams, path.scalingExponent());
        if (streams > calibratedStreams && streamEfficiency < 1) {
            double base = Math.pow(Math.max(1, calibratedStreams), path.scalingExponent());
            scaledStreams = base + (scaledStreams - base) * streamEfficiency;
        }
        double offered = scaledStreams * stream;
        double accepted = offered;
        Capacity bindingCap = null;
        for (Capacity c : path.capacities()) {
            double cap = c.bytesPerSecond() * capacityFactor;
            if (!c.perStream() && cap < accepted) {
                accepted = cap;
                bindingCap = c;
            }
        }
        // The arithmetic in words is written only when read: the planner prices hundreds of trials per step and
        // keeps a handful of them.
        double perStreamRate = stream;
        double acceptedRate = accepted;
        Capacity cap = bindingCap;
        List<String> why = new Derivation(() -> {
            List<String> out = new ArrayList<>();
            if (binding != null) {
                out.add("effective streams = min(" + path.streamLimits().stream()
                        .map(l -> l.name() + " " + l.streams()).reduce((a, b) -> a + ", " + b).orElse("") + ") = " + streams);
            }
            perStreamCaps.forEach(c -> out.add("per-stream rate capped by " + c.derivation()));
            out.add((path.scalingExponent() == 1.0 ? streams + " stream(s)" : String.format(java.util.Locale.ROOT,
                    "%d^%.2f stream(s)", streams, path.scalingExponent()))
                    + " × " + DataRate.ofBytesPerSecond(perStreamRate) + " = " + DataRate.ofBytesPerSecond(offered) + " offered"
                    + (streamEfficiency < 1 ? " (at " + Math.round(streamEfficiency * 100) + "% efficiency for added streams)" : ""));
            if (cap != null) {
                out.add("capped at " + DataRate.ofBytesPerSecond(acceptedRate) + " by " + cap.stage().label() + ": "
                        + cap.derivation() + (capacityFactor < 1 ? " (at " + Math.round(capacityFactor * 100) + "%)" : ""));
            }
            return List.copyOf(out);
        });
        return new Projection(streams, binding, stream, offered, accepted, bindingCap, why);
    }

    /** A list written on first read (then kept): equal to, and serialised as, the list it stands for. */
    private static final class Derivation extends java.util.AbstractList<String> {
        private java.util.function.Supplier<List<String>> make;
        private volatile List<String> lines;

        Derivation(java.util.function.Supplier<List<String>> make) {
            this.make = make;
        }

        private List<String> lines() {
            List<String> l = lines;
            if (l == null) {
                synchronized (this) {
                    if (lines == null) {
                        lines = make.get();
                        make = null;
                    }
                    l = lines;
                }
            }
            return l;
        }

        @Override
        public String get(int index) {
            return lines().get(index);
        }

        @Override
        public int size() {
            return lines().size();
        }
    }
}
