package org.backupadvisor.core.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.engine.VersionScheme;
import org.backupadvisor.core.facts.AnalysisContext;
import org.backupadvisor.core.facts.Finding;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Projection;
import org.backupadvisor.core.plan.Plan;
import org.backupadvisor.core.plan.PlanStep;
import org.backupadvisor.core.plan.PlannedRecommendation;
import org.backupadvisor.core.plan.Planner;
import org.backupadvisor.core.spi.PluginRegistry;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/**
 * The pipeline, one way only (DESIGN.md §3): detect and parse → facts → rules → throughput model → planner →
 * {@link Analysis}. Stateless apart from the loaded rules; safe to share between threads.
 */
public final class Analyzer {
    private final PluginRegistry plugins;
    private final RuleEngine engine;
    private final String version;

    public Analyzer(PluginRegistry plugins, RuleEngine engine, String version) {
        this.plugins = plugins;
        this.engine = engine;
        this.version = version;
    }

    public Analysis analyze(AnalysisRequest request) {
        if (request.target() == null) {
            throw new InputException("no target: pass --target RATE (e.g. 173MB/s) or --window DURATION --size SIZE");
        }
        // 1. Detect: every file must be claimed, else the user hears which formats are accepted.
        Map<ProductPlugin, List<InputFile>> byPlugin = new LinkedHashMap<>();
        for (InputFile f : request.files()) {
            byPlugin.computeIfAbsent(plugins.claim(f).plugin(), k -> new ArrayList<>()).add(f);
        }
        // 2. Parse each product's files into one environment.
        Map<ProductPlugin, ProductEnvironment> envs = new LinkedHashMap<>();
        byPlugin.forEach((p, files) -> envs.put(p, p.parse(files)));

        Measurements fromExports = Measurements.none();
        for (ProductEnvironment e : envs.values()) {
            fromExports = e.measurements().withDefaults(fromExports);
        }
        Measurements m = request.measurements().withDefaults(fromExports);
        double target = request.target().rate().bytesPerSecond();

        // 3. Rules.
        List<Object> facts = new ArrayList<>();
        envs.values().forEach(e -> facts.addAll(e.facts()));
        facts.add(m);
        facts.add(new AnalysisContext(target, m.getThroughputCurrent()));
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, VersionScheme> schemes = new LinkedHashMap<>();
        envs.forEach((p, e) -> e.version().ifPresent(v -> versions.put(p.id(), v)));
        plugins.plugins().forEach(p -> schemes.put(p.id(), p.versionScheme()));
        RuleEngine.Result result = engine.run(facts, versions, schemes);

        // 4-5. Throughput model and planner, on the first product with a data path.
        Plan plan = null;
        ProductPlugin modelled = null;
        for (Map.Entry<ProductPlugin, ProductEnvironment> e : envs.entrySet()) {
            if (e.getKey().path(e.getValue(), m) != null) {
                modelled = e.getKey();
                List<Recommendation> mine = result.recommendations().stream()
                        .filter(r -> r.getObject().product().equals(e.getKey().id())).toList();
                plan = Planner.plan(e.getKey(), e.getValue(), m, target, mine);
                break;
            }
        }
        return build(request, envs, m, result, plan, modelled);
    }

    private Analysis build(AnalysisRequest request, Map<ProductPlugin, ProductEnvironment> envs, Measurements m,
                           RuleEngine.Result result, Plan plan, ProductPlugin modelled) {
        List<Analysis.Input> inputs = new ArrayList<>();
        envs.forEach((p, e) -> e.inputs().forEach(i -> inputs.add(
                new Analysis.Input(i.file(), p.id(), i.format(), sha256(i.content())))));

        // Ranked recommendations: the plan's order for the modelled product, others by severity after it.
        List<PlannedRecommendation> ordered = new ArrayList<>(plan == null ? List.of() : plan.ranked());
        java.util.Set<Recommendation> inPlan = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ordered.forEach(pr -> inPlan.add(pr.recommendation()));
        result.recommendations().stream().filter(r -> !inPlan.contains(r))
                .sorted(java.util.Comparator.comparingInt(Recommendation::getSeverityRank))
                .forEach(r -> ordered.add(new PlannedRecommendation(r, null, null, null, "no throughput model for "
                        + r.getObject().product())));
        List<Analysis.Rec> recs = new ArrayList<>();
        Map<Recommendation, Integer> rankOf = new java.util.IdentityHashMap<>();
        int rank = 0;
        for (PlannedRecommendation pr : ordered) {
            Recommendation r = pr.recommendation();
            rankOf.put(r, ++rank);
            ProductPlugin p = plugins.byId(r.getObject().product()).orElseThrow();
            Remediation how = p.remediation(r);
            recs.add(new Analysis.Rec(rank, pr.step(), r.getRuleId(), r.getObject().product(), r.getSetting(),
                    r.getObjectId(), r.getCurrent(), r.getRecommended(),
                    r.getRule().severity().name().toLowerCase(java.util.Locale.ROOT), r.getRule().risk(),
                    pr.gainBytesPerSecond(), pr.afterBytesPerSecond(), pr.note(), r.getWhy(), how.applyText(),
                    how.rollbackText(), r.getRule().source()));
        }
        List<Analysis.Step> steps = new ArrayList<>();
        if (plan != null) {
            for (PlanStep s : plan.steps()) {
                steps.add(new Analysis.Step(s.step(), s.changes().stream().map(rankOf::get).toList(),
                        s.beforeBytesPerSecond(), s.afterBytesPerSecond(), s.projection().derivation()));
            }
        }
        List<Analysis.FindingRow> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(new Analysis.FindingRow(f.getRuleId(), f.getStatus().name(), f.getObjectId(),
                    f.getMessage(), f.getReason()));
        }
        double target = request.target().rate().bytesPerSecond();
        Analysis.Rate measured = m.get(MeasurementKey.THROUGHPUT_CURRENT)
                .map(x -> new Analysis.Rate(x.value(), describe(x))).orElse(null);
        Analysis.Today today = null;
        Analysis.Projected projected = null;
        Analysis.Bottleneck bottleneck = null;
        Boolean targetMet = null;
        List<String> assumptions = new ArrayList<>();
        if (plan != null) {
            assumptions.addAll(plan.assumptions());
        }
        if (plan != null && plan.planned() != null) {
            Projection t = plan.today();
            today = new Analysis.Today(t.bytesPerSecond(), t.effectiveStreams(), t.perStreamBytesPerSecond(),
                    t.bottleneckDescription(), t.derivation());
            Projection p = plan.planned();
            projected = new Analysis.Projected(p.bytesPerSecond(), Math.min(plan.low().bytesPerSecond(), p.bytesPerSecond()),
                    p.bytesPerSecond(), p.effectiveStreams(), p.derivation());
            bottleneck = new Analysis.Bottleneck(p.bottleneckStage().id(), p.bottleneckDescription(), p.bottleneckCapacity());
            targetMet = p.bytesPerSecond() >= target;
        } else if (modelled == null) {
            assumptions.add("no product in the inputs has a throughput model: recommendations are not priced");
        }
        return new Analysis(Analysis.SCHEMA_VERSION, UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), version, inputs,
                new Analysis.Rate(target, request.target().source()), measured, today, projected, targetMet,
                bottleneck, steps, recs, findings, assumptions);
    }

    private static String describe(Measurement x) {
        return x.source();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }
}
