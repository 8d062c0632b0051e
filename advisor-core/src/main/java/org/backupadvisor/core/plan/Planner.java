package org.backupadvisor.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.model.Projection;
import org.backupadvisor.core.model.ThroughputModel;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.units.DataRate;

/**
 * DESIGN.md §3.5, greedy: repeatedly apply the change, or the smallest bundle of changes, that buys the most
 * throughput per change, until the target is met or nothing moves the bottleneck. Bundles matter because stream
 * limits combine by minimum: raising data readers alone buys nothing while device streams stay at 1, so the planner
 * looks at combinations of up to {@value #MAX_BUNDLE} changes. Changes the model does not read are ranked after
 * the priced ones by severity, with no gain claimed.
 */
public final class Planner {
    static final int MAX_BUNDLE = 4;
    /**
     * Changes considered for bundles, most severe first: C(16,1..4) = 2,516 trials per step at most. Priced changes
     * are one per rule and setting, so this covers every priced rule we have with room to spare.
     */
    static final int MAX_CANDIDATES = 16;
    private static final int PARALLEL_ABOVE_OBJECTS = 1000;
    /** Below this gain a step is noise, not a step. */
    private static final double MIN_GAIN_BPS = 0.5e6;
    /** Low end of the range: added streams at 80 % efficiency, capacities at 85 % of what was measured. */
    static final double LOW_STREAM_EFFICIENCY = 0.8;
    static final double LOW_CAPACITY_FACTOR = 0.85;

    private Planner() {
    }

    public static Plan plan(PathModel model, Calibration calibration, double targetBps,
                            List<Recommendation> recommendations) {
        ThroughputPath today = model.path(List.of());
        // Severity, then rule; a stable sort keeps each rule's objects in the order the engine gives them (read order).
        List<Recommendation> bySeverity = new ArrayList<>(recommendations);
        bySeverity.sort(Comparator.comparingInt(Recommendation::getSeverityRank)
                .thenComparing(Recommendation::getRuleId, (a, b) -> a == b ? 0 : a.compareTo(b)));
        if (today == null) {
            return Plan.unpriced(bySeverity, List.of("no throughput path could be built from the inputs"));
        }
        List<String> notes = new ArrayList<>(today.assumptions());
        int todayStreams = ThroughputModel.effectiveStreams(today);
        double perStream;
        Double measured = calibration.measured();
        Projection atKnownStreamRate = measured == null || calibration.perStream() == null ? null
                : ThroughputModel.project(today, calibration.perStream(), todayStreams, 1, 1);
        if (atKnownStreamRate != null && atKnownStreamRate.bindingCapacity() != null
                && !atKnownStreamRate.bindingCapacity().perStream()
                && measured >= atKnownStreamRate.bindingCapacity().bytesPerSecond() * 0.9) {
            // The measured total sits at a capacity (one saturated interface): it says what that limit passes, not
            // what a stream moves, so dividing it by the streams would price every stream change at nothing.
            perStream = calibration.perStream();
            measured = null;
            notes.add("measured " + DataRate.ofBytesPerSecond(calibration.measured()) + " sits at "
                    + atKnownStreamRate.bindingCapacity().derivation() + ": it says what that limit passes, not what a "
                    + "stream moves; per-stream rate " + DataRate.ofBytesPerSecond(perStream)
                    + " as measured per stream (source.readPerStream)");
        } else if (measured != null) {
            perStream = ThroughputModel.calibratePerStream(today, measured);
            notes.add("per-stream rate " + DataRate.ofBytesPerSecond(perStream) + " = measured "
                    + DataRate.ofBytesPerSecond(measured) + " ÷ " + todayStreams + " effective stream(s) today"
                    + (calibration.note() == null ? "" : " (" + calibration.note() + ")"));
        } else if (calibration.perStream() != null) {
            perStream = calibration.perStream();
            notes.add(calibration.note());
        } else {
            notes.add(calibration.note());
            return Plan.unpriced(bySeverity, notes);
        }
        // A measured rate that sits at a per-stream capacity a setting can move (a protocol's per-session ingest)
        // does not say how fast a stream could go beyond it: a stream then moves what that capacity allows, so a
        // change that raises the capacity (another protocol) raises the stream. Additive (issue 9).
        double calibrated = perStream;
        double atCap = perStream;
        if (measured != null) {
            for (org.backupadvisor.core.model.Capacity c : today.capacities()) {
                if (c.perStream() && !c.settings().isEmpty() && perStream >= c.bytesPerSecond() * 0.98) {
                    atCap = Double.POSITIVE_INFINITY;
                    notes.add("the measured rate per stream is at the cap " + c.derivation() + ": a stream is taken "
                            + "to move what its per-stream caps allow, so a change that raises the cap raises the stream");
                    break;
                }
            }
        }
        final double modelRate = atCap;
        Projection todayProjection = ThroughputModel.project(today, modelRate, todayStreams, 1, 1);
        // The total as measured (even when the calibration above set it aside for a known per-stream rate).
        if (calibration.measured() != null && todayProjection.bindingCapacity() != null
                && calibration.measured() > todayProjection.bindingCapacity().bytesPerSecond() * 1.05) {
            // The measurement contradicts a measured capacity: the projection inherits the error, so say so.
            notes.add("check the measurements: measured " + DataRate.ofBytesPerSecond(calibration.measured()) + " is above "
                    + todayProjection.bindingCapacity().derivation() + ", which the model treats as a hard limit");
        }

        // A rule's recommendation across many objects (data readers on 1,500 subclients) is one change to plan.
        Map<String, List<Recommendation>> groups = new LinkedHashMap<>();
        for (Recommendation r : bySeverity) {
            groups.computeIfAbsent(r.getRuleId() + "|" + r.getSetting(), k -> new ArrayList<>()).add(r);
        }
        List<List<Recommendation>> priced = new ArrayList<>();
        List<Recommendation> unpriced = new ArrayList<>();
        for (List<Recommendation> g : groups.values()) {
            if (g.stream().anyMatch(r -> today.reads(r.getKnob()))) {
                priced.add(g);
            } else {
                unpriced.addAll(g);
            }
        }

        List<PlanStep> steps = new ArrayList<>();
        List<Recommendation> applied = new ArrayList<>();
        PathModel stepped = model;
        List<List<Recommendation>> remaining = new ArrayList<>(priced);
        double current = todayProjection.bytesPerSecond();
        Projection binding = todayProjection;
        while (current < targetBps && !remaining.isEmpty()) {
            // Trials are independent (environments are immutable, paths pure), so they are priced in parallel;
            // the choice below walks them in order, so the plan does not depend on thread timing.
            PathModel base = stepped;
            // Which changes feed what binds now, decided once per step rather than once per bundle.
            java.util.Set<List<Recommendation>> touching =
                    java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.Set<String> bindingSettings = bindingSettings(binding);
            if (Double.isInfinite(modelRate) && stepped.path(List.of()) != null) {
                // The stream rate is set by the per-stream caps then (see above): what moves them moves the rate.
                stepped.path(List.of()).capacities().stream().filter(org.backupadvisor.core.model.Capacity::perStream)
                        .forEach(c -> bindingSettings.addAll(c.settings()));
            }
            for (List<Recommendation> group : remaining) {
                if (touches(group, bindingSettings)) {
                    touching.add(group);
                }
            }
            List<List<List<Recommendation>>> trials = bundles(remaining).stream()
                    .filter(bundle -> bundle.stream().anyMatch(touching::contains)).toList();
            // Small exports price in microseconds: not worth starting the fork-join pool for.
            boolean parallel = model.objectCount() > PARALLEL_ABOVE_OBJECTS;
            List<Projection> projections = (parallel ? trials.parallelStream() : trials.stream())
                    .map(bundle -> projectWith(base, ChangeBundle.of(bundle), modelRate, todayStreams, 1, 1)).toList();
            Candidate best = null;
            for (int i = 0; i < trials.size(); i++) {
                Projection p = projections.get(i);
                if (p == null || p.bytesPerSecond() - current < MIN_GAIN_BPS) {
                    continue;
                }
                Candidate c = new Candidate(trials.get(i), p, p.bytesPerSecond() - current);
                if (best == null || c.betterThan(best)) {
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            List<Recommendation> changes = new ArrayList<>();
            best.bundle.forEach(changes::addAll);
            applied.addAll(changes);
            stepped = stepped.with(changes);
            remaining.removeAll(best.bundle);
            steps.add(new PlanStep(steps.size() + 1, changes, current, best.projection.bytesPerSecond(), best.projection));
            current = best.projection.bytesPerSecond();
            binding = best.projection;
        }

        // The rest of the priced changes: what each adds on top of the steps (often nothing: not binding).
        List<PlannedRecommendation> ranked = new ArrayList<>();
        for (PlanStep s : steps) {
            for (Recommendation r : s.changes()) {
                ranked.add(new PlannedRecommendation(r, s.step(), s.gainBytesPerSecond(), s.afterBytesPerSecond(),
                        s.changes().size() > 1 ? "one step with " + (s.changes().size() - 1)
                                + " other change(s): none of them raises the binding limit alone" : null));
            }
        }
        List<Recommendation> all = new ArrayList<>(applied);
        for (List<Recommendation> g : remaining) {
            Projection p = projectWith(stepped, ChangeBundle.of(List.of(g)), modelRate, todayStreams, 1, 1);
            double gain = p == null ? 0 : Math.max(0, p.bytesPerSecond() - current);
            for (Recommendation r : g) {
                ranked.add(new PlannedRecommendation(r, null, gain, current + gain, gain < MIN_GAIN_BPS
                        ? "does not bind after the steps above (" + (p == null ? "not modelled" : p.bottleneckStage().label()
                        + " limits)") : null));
            }
            all.addAll(g);
        }
        for (Recommendation r : unpriced) {
            ranked.add(new PlannedRecommendation(r, null, null, null, "not priced: the throughput model does not read "
                    + r.getSetting()));
            all.add(r);
        }
        if (steps.isEmpty() && todayProjection.bytesPerSecond() >= targetBps) {
            // Met today: no step runs, so the projection is today's rate, not what best-practice changes might add.
            notes.add("the target is met today (" + DataRate.ofBytesPerSecond(todayProjection.bytesPerSecond())
                    + "): no change is needed for it; the recommendations are best practice");
            Projection low = projectWith(model, List.of(), modelRate, todayStreams, LOW_STREAM_EFFICIENCY, LOW_CAPACITY_FACTOR);
            return new Plan(todayProjection, todayProjection, low, calibrated, steps, ranked, notes);
        }
        Projection planned = projectWith(model, all, modelRate, todayStreams, 1, 1);
        Projection low = projectWith(model, all, modelRate, todayStreams, LOW_STREAM_EFFICIENCY, LOW_CAPACITY_FACTOR);
        notes.add("range: low end assumes added streams at " + Math.round(LOW_STREAM_EFFICIENCY * 100)
                + "% efficiency and capacities at " + Math.round(LOW_CAPACITY_FACTOR * 100)
                + "% of what was measured; the high end never exceeds measured capacities");
        return new Plan(todayProjection, planned, low, calibrated, steps, ranked, notes);
    }

    /** The settings the stream limit or capacity that sets the rate reads. */
    private static java.util.Set<String> bindingSettings(Projection p) {
        java.util.Set<String> settings = new java.util.HashSet<>();
        if (p.bindingStreamLimit() != null) {
            settings.addAll(p.bindingStreamLimit().settings());
        }
        if (p.bindingCapacity() != null) {
            settings.addAll(p.bindingCapacity().settings());
        }
        return settings;
    }

    /** Whether a change group feeds one of {@code settings} (by setting, or by one of its knobs). */
    private static boolean touches(List<Recommendation> group, java.util.Set<String> settings) {
        return settings.contains(group.get(0).getSetting())
                || group.stream().anyMatch(x -> settings.contains(x.getKnob()));
    }

    private static Projection projectWith(PathModel model, List<Recommendation> changes, double perStream,
                                          int calibratedStreams, double eff, double capFactor) {
        ThroughputPath path = model.path(changes);
        if (path != null && Double.isInfinite(perStream) && path.capacities().stream().noneMatch(c -> c.perStream())) {
            return null;
        }
        return path == null ? null : ThroughputModel.project(path, perStream, calibratedStreams, eff, capFactor);
    }

    /** Every non-empty subset of {@code items} with at most {@link #MAX_BUNDLE} members, smallest first. */
    static <T> List<List<T>> bundles(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        int n = Math.min(items.size(), MAX_CANDIDATES);
        for (int size = 1; size <= Math.min(MAX_BUNDLE, n); size++) {
            combine(items.subList(0, n), size, 0, new ArrayList<>(), out);
        }
        return out;
    }

    private static <T> void combine(List<T> items, int size, int from, List<T> acc, List<List<T>> out) {
        if (acc.size() == size) {
            out.add(List.copyOf(acc));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            acc.add(items.get(i));
            combine(items, size, i + 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    private record Candidate(List<List<Recommendation>> bundle, Projection projection, double gain) {
        /** More gain per change; then more gain; then fewer changes (already smallest-first). */
        boolean betterThan(Candidate o) {
            double mine = gain / bundle.size();
            double theirs = o.gain / o.bundle.size();
            if (Math.abs(mine - theirs) > MIN_GAIN_BPS / 10) {
                return mine > theirs;
            }
            return gain > o.gain + MIN_GAIN_BPS / 10;
        }
    }
}
