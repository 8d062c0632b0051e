package org.backupadvisor.core.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.engine.VersionScheme;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.AnalysisContext;
import org.backupadvisor.core.facts.Finding;
import org.backupadvisor.core.facts.FindingStatus;
import org.backupadvisor.core.facts.ProductVersion;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.ReadBudget;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Projection;
import org.backupadvisor.core.model.ThroughputModel;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.plan.Calibration;
import org.backupadvisor.core.plan.Plan;
import org.backupadvisor.core.plan.PlanStep;
import org.backupadvisor.core.plan.PlannedRecommendation;
import org.backupadvisor.core.plan.Planner;
import org.backupadvisor.core.spi.PluginRegistry;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.units.DataRate;

/**
 * The pipeline, one way only (DESIGN.md §3, §8): detect and parse → facts → rules → composed paths → planner per
 * goal and path → {@link Analysis}. Stateless apart from the loaded rules; safe to share between threads.
 */
public final class Analyzer {
    private final PluginRegistry plugins;
    /** Asked for after the exports are parsed: a caller still building the rule base overlaps the two. */
    private final Supplier<RuleEngine> engine;
    private final String version;
    private final Clock clock;
    private final Supplier<String> ids;

    public Analyzer(PluginRegistry plugins, RuleEngine engine, String version) {
        this(plugins, engine, version, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    public Analyzer(PluginRegistry plugins, RuleEngine engine, String version, Clock clock, Supplier<String> ids) {
        this(plugins, () -> engine, version, clock, ids);
    }

    public Analyzer(PluginRegistry plugins, Supplier<RuleEngine> engine, String version, Clock clock,
                    Supplier<String> ids) {
        this.plugins = plugins;
        this.engine = engine;
        this.version = version;
        this.clock = clock;
        this.ids = ids;
    }

    public Analysis analyze(AnalysisRequest request) {
        // 1. Detect: every file must be claimed, else the user hears which formats are accepted. Detection and
        // parsing read within one budget of values, so any bundle is refused or read within a fixed heap.
        try (ReadBudget budget = ReadBudget.open(ReadBudget.MAX_VALUES)) {
            return analyzeWithin(request);
        }
    }

    private Analysis analyzeWithin(AnalysisRequest request) {
        PhaseTimer timer = new PhaseTimer();
        Map<ProductPlugin, List<InputFile>> byPlugin = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>(request.inputNotes());
        for (InputFile f : request.files()) {
            // A file the user named must be read; one found in a folder or zip that no plugin reads (a README, a
            // log) is passed over and said.
            Optional<PluginRegistry.Claim> claim = f.explicit() ? Optional.of(plugins.claim(f)) : plugins.find(f);
            if (claim.isPresent()) {
                byPlugin.computeIfAbsent(claim.get().plugin(), k -> new ArrayList<>()).add(f);
            } else {
                skipped.add("skipped: " + f.name() + " — " + plugins.whatItIs(f));
            }
        }
        if (byPlugin.isEmpty()) {
            throw plugins.notAnExport(request.files().get(0));
        }
        // The rules network of the products detected is built on another thread while their files are parsed.
        Set<String> detected = new java.util.HashSet<>();
        byPlugin.keySet().forEach(p -> detected.add(p.id()));
        engine.get().prepareInBackground(detected);
        // 2. Parse each product's files into one environment.
        Map<ProductPlugin, ProductEnvironment> envs = new LinkedHashMap<>();
        byPlugin.forEach((p, files) -> envs.put(p, p.parse(files)));
        envs.values().forEach(e -> skipped.addAll(e.notes()));
        timer.mark("parse");
        // Each input's SHA-256 (a quarter of a second for a 22 MB export) while the rules and the planner run; a
        // small bundle's on this thread (microseconds, not worth a pool thread's start).
        long bytes = envs.values().stream().flatMap(e -> e.inputs().stream()).mapToLong(i -> i.content().length).sum();
        java.util.concurrent.CompletableFuture<List<Analysis.Input>> inputs = bytes < (1 << 20)
                ? java.util.concurrent.CompletableFuture.completedFuture(inputsOf(envs))
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> inputsOf(envs));

        Measurements fromExports = Measurements.none();
        for (ProductEnvironment e : envs.values()) {
            fromExports = e.measurements().withDefaults(fromExports);
        }
        Measurements m = request.measurements().withDefaults(fromExports);
        List<Goal> goals = Goal.of(request, m);
        if (goals.isEmpty()) {
            throw new InputException("no goal: give a backup target rate (or a window and a size), a restore target, "
                    + "or replication.size and replication.window");
        }
        Goal primaryGoal = goals.get(0);

        // 3. Rules.
        List<Object> facts = new ArrayList<>();
        envs.values().forEach(e -> facts.addAll(e.facts()));
        facts.add(m);
        facts.add(new AnalysisContext(primaryGoal.bytesPerSecond(), m.getThroughputCurrent()));
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, VersionScheme> schemes = new LinkedHashMap<>();
        List<String> versionNotes = new ArrayList<>();
        envs.forEach((p, e) -> e.version().ifPresent(v -> {
            if (!p.versionScheme().readable(v)) {
                versionNotes.add(p.id() + " version '" + v + "' is not one the version ranges of its rules can place: "
                        + "every rule runs as if in range");
                return;
            }
            versions.put(p.id(), v);
            facts.add(new ProductVersion(p.id(), v, p.versionScheme()));
        }));
        plugins.plugins().forEach(p -> schemes.put(p.id(), p.versionScheme()));
        RuleEngine.Result result = engine.get().run(facts, versions, schemes, request.listNotFired());
        timer.mark("rules");

        // 4-5. Every path of each goal's phase, composed across products, planned toward the goal.
        List<PlannedGoal> planned = new ArrayList<>();
        for (Goal g : goals) {
            planned.add(planGoal(g, envs, m, result.recommendations()));
        }
        if (!versionNotes.isEmpty()) {
            PlannedGoal first = planned.get(0);
            List<String> notes = new ArrayList<>(versionNotes);
            notes.addAll(first.notes());
            planned.set(0, new PlannedGoal(first.goal(), first.paths(), notes));
        }
        timer.mark("plan");
        Analysis analysis = new Build(request, envs, m, result, planned, skipped).analysis(inputs.join());
        timer.mark("build");
        timer.print();
        return analysis;
    }

    /** A goal with its paths, each planned. */
    private record PlannedGoal(Goal goal, List<PlannedPath> paths, List<String> notes) {
    }

    private record PlannedPath(BackupPath path, ComposedPath model, Plan plan, double share) {
    }

    private PlannedGoal planGoal(Goal goal, Map<ProductPlugin, ProductEnvironment> envs, Measurements m,
                                 List<Recommendation> recs) {
        List<ComposedPath> models = new ArrayList<>();
        List<BackupPath> bases = new ArrayList<>();
        envs.forEach((p, env) -> p.paths(env, m).stream().filter(bp -> bp.phase() == goal.phase()).forEach(bp -> {
            bases.add(bp);
            models.add(new ComposedPath(bp.id(), p, envs, m));
        }));
        List<String> notes = new ArrayList<>();
        if (bases.isEmpty()) {
            notes.add("no " + goal.phase().id() + " path in the inputs: the " + goal.phase().id() + " goal is not modelled");
            return new PlannedGoal(goal, List.of(), notes);
        }
        Calibration cal = Calibration.of(goal.phase(), m);
        List<ThroughputPath> today = models.stream().map(x -> x.path(List.of())).toList();
        if (models.size() > 1 && cal.measured() != null) {
            // One measured figure for several concurrent paths: every stream is taken to move the same rate.
            int streams = today.stream().filter(t -> t != null).mapToInt(ThroughputModel::effectiveStreams).sum();
            cal = Calibration.perStream(cal.measured() / Math.max(1, streams), "one measured figure ("
                    + DataRate.ofBytesPerSecond(cal.measured()) + ") for " + models.size() + " concurrent paths: per-stream rate = "
                    + "measured ÷ " + streams + " effective streams in all");
        }
        // Several paths share the goal in proportion to what they move today.
        double[] todayRate = new double[models.size()];
        double sum = 0;
        for (int i = 0; i < models.size(); i++) {
            if (today.get(i) != null && cal.perStream() != null) {
                todayRate[i] = ThroughputModel.project(today.get(i), cal.perStream(),
                        ThroughputModel.effectiveStreams(today.get(i)), 1, 1).bytesPerSecond();
                sum += todayRate[i];
            }
        }
        if (models.size() > 1) {
            notes.add(models.size() + " " + goal.phase().id() + " paths run concurrently; each is planned toward its share "
                    + "of the goal (in proportion to today's rate) and the goal compares with their sum");
        }
        List<PlannedPath> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            double share = models.size() == 1 || sum <= 0 ? goal.bytesPerSecond()
                    : goal.bytesPerSecond() * todayRate[i] / sum;
            out.add(new PlannedPath(bases.get(i), models.get(i), Planner.plan(models.get(i), cal, share, recs), share));
        }
        return new PlannedGoal(goal, out, notes);
    }

    /** Turns the planned goals into the immutable {@link Analysis}. */
    private final class Build {
        private final AnalysisRequest request;
        private final Map<ProductPlugin, ProductEnvironment> envs;
        private final Measurements m;
        private final RuleEngine.Result result;
        private final List<PlannedGoal> goals;
        private final Map<Recommendation, Integer> rankOf = new IdentityHashMap<>();
        private final List<String> skipped;

        Build(AnalysisRequest request, Map<ProductPlugin, ProductEnvironment> envs, Measurements m,
              RuleEngine.Result result, List<PlannedGoal> goals, List<String> skipped) {
            this.skipped = skipped;
            this.request = request;
            this.envs = envs;
            this.m = m;
            this.result = result;
            this.goals = goals;
        }

        Analysis analysis(List<Analysis.Input> inputs) {
            PlannedPath primary = goals.stream().flatMap(g -> g.paths().stream()).findFirst().orElse(null);
            List<Analysis.Rec> recs = recommendations(primary == null ? null : primary.plan());
            List<Analysis.GoalResult> goalResults = goals.stream().map(this::goalResult).toList();

            Goal first = goals.get(0).goal();
            Analysis.Rate measured = m.get(MeasurementKey.THROUGHPUT_CURRENT)
                    .map(x -> new Analysis.Rate(x.value(), x.source())).orElse(null);
            List<String> assumptions = new ArrayList<>();
            goals.forEach(g -> assumptions.addAll(g.notes()));
            Analysis.PathResult top = primary == null ? null : pathResult(primary);
            if (primary != null) {
                assumptions.addAll(primary.plan().assumptions());
            }
            Analysis.GoalResult firstGoal = goalResults.get(0);
            return new Analysis(Analysis.SCHEMA_VERSION, ids.get(),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), version, inputs,
                    new Analysis.Rate(first.bytesPerSecond(), first.source()), measured,
                    top == null ? null : top.today(), top == null ? null : top.projected(),
                    top == null ? null : top.targetMet(), top == null ? null : top.bottleneck(),
                    top == null ? List.of() : top.steps(), recs, findings(), assumptions, firstGoal.verdict(),
                    goalResults, advice(), List.copyOf(skipped), versions(), notFired());
        }

        /** Each product's version as its exports report it (readable by its scheme or not). */
        private Map<String, String> versions() {
            Map<String, String> out = new java.util.TreeMap<>();
            envs.forEach((p, e) -> e.version().ifPresent(v -> out.put(p.id(), v)));
            return out;
        }

        /** Ranked: the primary plan's order (priced first), then every other recommendation by severity. */
        private List<Analysis.Rec> recommendations(Plan plan) {
            List<PlannedRecommendation> ordered = new ArrayList<>(plan == null ? List.of() : plan.ranked());
            Set<Recommendation> inPlan = Collections.newSetFromMap(new IdentityHashMap<>());
            ordered.forEach(pr -> inPlan.add(pr.recommendation()));
            result.recommendations().stream().filter(r -> !inPlan.contains(r))
                    .sorted(Comparator.comparingInt(Recommendation::getSeverityRank))
                    .forEach(r -> ordered.add(new PlannedRecommendation(r, null, null, null,
                            "not priced: no modelled path reads " + r.getSetting())));
            // One row per change: the objects that get exactly the same change (rule, setting, current → recommended,
            // reason, step and gain) share it, in plan order, so a 50,000-subclient CommCell gives a handful of rows.
            Map<List<Object>, List<PlannedRecommendation>> groups = ordered.stream().collect(Collectors.groupingBy(
                    pr -> java.util.Arrays.asList(pr.step(), pr.recommendation().getRuleId(),
                            pr.recommendation().getObject().product(), pr.recommendation().getSetting(),
                            pr.recommendation().getCurrent(), pr.recommendation().getRecommended(),
                            pr.recommendation().getWhy(), pr.gainBytesPerSecond(), pr.afterBytesPerSecond(), pr.note()),
                    LinkedHashMap::new, Collectors.toList()));
            List<Analysis.Rec> recs = new ArrayList<>();
            int rank = 0;
            for (List<PlannedRecommendation> group : groups.values()) {
                PlannedRecommendation pr = group.get(0);
                Recommendation r = pr.recommendation();
                rank++;
                List<String> objects = new ArrayList<>(group.size());
                for (PlannedRecommendation member : group) {
                    rankOf.put(member.recommendation(), rank);
                    objects.add(member.recommendation().getObjectId());
                }
                Remediation how = plugin(r.getObject().product()).remediation(r);
                recs.add(new Analysis.Rec(rank, pr.step(), r.getRuleId(), r.getObject().product(), r.getSetting(),
                        r.getObjectId(), objects, r.getCurrent(), r.getRecommended(), lower(r.getRule().severity()),
                        r.getRule().risk(), pr.gainBytesPerSecond(), pr.afterBytesPerSecond(), pr.note(), r.getWhy(),
                        how.applyText(), how.rollbackText(), r.getRule().source(), remedy(how), r.getObject().origin()));
            }
            return recs;
        }

        private List<Analysis.AdviceRow> advice() {
            List<Analysis.AdviceRow> out = new ArrayList<>();
            for (Advice a : result.advice()) {
                Remediation how = plugin(a.getObject().product()).remediation(a);
                out.add(new Analysis.AdviceRow(a.getRuleId(), a.getObject().product(), lower(a.getKind()),
                        a.getObjectId(), a.getText(), a.getWhy(), lower(a.getRule().severity()), a.getRule().source(),
                        remedy(how), a.getObject().origin()));
            }
            out.sort(Comparator.comparing((Analysis.AdviceRow r) -> severityRank(r.severity())).thenComparing(Analysis.AdviceRow::ruleId));
            return out;
        }

        /** Rule id → objects checked without firing, in rule order. */
        private Map<String, Integer> notFired() {
            Map<String, Integer> out = new java.util.TreeMap<>(result.notFired());
            for (Finding f : result.findings()) {
                if (f.getStatus() == FindingStatus.NOT_FIRED) {
                    out.merge(f.getRuleId(), 1, Integer::sum);
                }
            }
            return out;
        }

        /**
         * Findings in rule order; the objects that got the same outcome, message and reason from a rule share one
         * row, unless every finding is to be listed one by one ({@code --findings all}).
         */
        private List<Analysis.FindingRow> findings() {
            // NOT_FIRED rows unless listed are counted in notFired(); listed, every finding is a row of its own
            // (a Finding equals only itself).
            Map<List<Object>, List<Finding>> groups = result.findings().stream()
                    .filter(f -> f.getStatus() != FindingStatus.NOT_FIRED || request.listNotFired())
                    .collect(Collectors.groupingBy(f -> request.listNotFired() ? List.of(f) : java.util.Arrays.asList(
                            f.getRuleId(), f.getStatus(), f.getMessage(), f.getReason(), f.getMissing()),
                            LinkedHashMap::new, Collectors.toList()));
            List<Analysis.FindingRow> out = new ArrayList<>(groups.size());
            for (List<Finding> group : groups.values()) {
                Finding f = group.get(0);
                Analysis.MissingInput missing = f.getMissing() == null ? null : new Analysis.MissingInput(
                        lower(f.getMissing().kind()), f.getMissing().key(), f.getMissing().source());
                List<String> objects = new ArrayList<>(group.size());
                group.forEach(g -> objects.add(g.getObjectId()));
                // Evidence says where a finding's object was read; a NOT_FIRED row found nothing to point at (and
                // large exports have hundreds of thousands of them).
                out.add(new Analysis.FindingRow(f.getRuleId(), f.getStatus().name(), f.getObjectId(), objects,
                        f.getMessage(), f.getReason(), missing,
                        f.getStatus() == FindingStatus.NOT_FIRED ? null : f.getEvidence()));
            }
            return out;
        }

        private Analysis.GoalResult goalResult(PlannedGoal g) {
            Goal goal = g.goal();
            Analysis.Rate target = new Analysis.Rate(goal.bytesPerSecond(), goal.source());
            List<Analysis.PathResult> paths = g.paths().stream().map(this::pathResult).toList();
            boolean priced = !paths.isEmpty() && paths.stream().allMatch(p -> p.projected() != null);
            Double today = priced ? paths.stream().mapToDouble(p -> p.today().bytesPerSecond()).sum() : null;
            Double projected = priced ? paths.stream().mapToDouble(p -> p.projected().bytesPerSecond()).sum() : null;
            Boolean met = projected == null ? null : projected >= goal.bytesPerSecond() * 0.9995;
            String verdict = !priced ? Analysis.UNPRICED : met ? Analysis.MET
                    : paths.stream().anyMatch(p -> p.bottleneck() != null && p.bottleneck().settingsBind())
                    ? Analysis.SETTINGS_EXHAUSTED : Analysis.HARDWARE;
            String combined = paths.size() < 2 || !priced ? null : paths.stream()
                    .map(p -> DataRate.ofBytesPerSecond(p.projected().bytesPerSecond()).toString())
                    .reduce((a, b) -> a + " + " + b).orElse("") + " = " + DataRate.ofBytesPerSecond(projected)
                    + " projected (" + paths.size() + " paths in the same window; a host they share is counted once per path)";
            Analysis.Rate measured = goal.phase() == Phase.BACKUP ? m.get(MeasurementKey.THROUGHPUT_CURRENT)
                    .map(x -> new Analysis.Rate(x.value(), x.source())).orElse(null) : null;
            return new Analysis.GoalResult(goal.phase().id(), target, goal.sizeBytes(), goal.windowSeconds(), measured,
                    today, projected, duration(goal, today), duration(goal, projected), met, verdict, combined, paths);
        }

        private Analysis.PathResult pathResult(PlannedPath pp) {
            Plan plan = pp.plan();
            List<Analysis.Step> steps = new ArrayList<>();
            for (PlanStep s : plan.steps()) {
                steps.add(new Analysis.Step(s.step(), s.changes().stream().map(rankOf::get).distinct().toList(),
                        s.beforeBytesPerSecond(), s.afterBytesPerSecond(), s.projection().derivation()));
            }
            if (plan.planned() == null) {
                return new Analysis.PathResult(pp.path().id(), pp.path().product(), pp.model().contributors(), null, null,
                        null, null, steps, plan.assumptions());
            }
            Projection t = plan.today();
            Projection p = plan.planned();
            Analysis.Today today = new Analysis.Today(t.bytesPerSecond(), t.effectiveStreams(), t.perStreamBytesPerSecond(),
                    t.bottleneckDescription(), t.derivation());
            Analysis.Projected projected = new Analysis.Projected(p.bytesPerSecond(),
                    Math.min(plan.low().bytesPerSecond(), p.bytesPerSecond()), p.bytesPerSecond(), p.effectiveStreams(),
                    p.derivation());
            Analysis.Bottleneck bottleneck = new Analysis.Bottleneck(p.bottleneckStage().id(), p.bottleneckDescription(),
                    p.bottleneckCapacity(), p.settingsBind());
            return new Analysis.PathResult(pp.path().id(), pp.path().product(), pp.model().contributors(), today,
                    projected, p.bytesPerSecond() >= pp.share() * 0.9995, bottleneck, steps, plan.assumptions());
        }

        private ProductPlugin plugin(String id) {
            return plugins.byId(id).orElseThrow(() -> new IllegalStateException("no plugin " + id + " for its own object"));
        }
    }

    private static Double duration(Goal goal, Double rate) {
        return goal.sizeBytes() == null || rate == null || rate <= 0 ? null : goal.sizeBytes() / rate;
    }

    private static Analysis.Remedy remedy(Remediation how) {
        return new Analysis.Remedy(actions(how.apply()), actions(how.rollback()), actions(how.verify()),
                lower(how.restart()));
    }

    private static List<Analysis.Action> actions(List<Remediation.Step> steps) {
        return steps.stream().map(s -> new Analysis.Action(lower(s.kind()), s.text())).toList();
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int severityRank(String severity) {
        return List.of("critical", "high", "medium", "low", "info").indexOf(severity);
    }

    /** What was read, from which product and in which format, with the SHA-256 of each file as it was read. */
    private static List<Analysis.Input> inputsOf(Map<ProductPlugin, ProductEnvironment> envs) {
        List<Analysis.Input> inputs = new ArrayList<>();
        envs.forEach((p, e) -> e.inputs().forEach(i -> inputs.add(
                new Analysis.Input(i.file(), p.id(), i.format(), sha256(i.content())))));
        return inputs;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }
}
