package org.backupadvisor.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.ReportOptions;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.Texts;

/**
 * What every report shows, computed once from an {@link Analysis} (and the front end's header and hints): verdict
 * words, the executive summary, the plan grouped by step, best practice grouped by severity, NOT_EVALUATED rules
 * grouped with the input that would let them run, and the chart's points. Every text that came from an export is
 * passed through {@link Texts#printable} here; each format then escapes for itself (HTML by Pebble's autoescape,
 * Markdown by its escaping strategy, CSV by quoting). Records, so templates read them by accessor.
 */
public record ReportModel(
        String title, String customer, String date, String createdAt, String advisorVersion, String analysisId,
        List<ProductRow> products, List<InputRow> inputs, List<String> skipped,
        Summary summary, Chart chart, List<StepGroup> plan, List<RecRow> recommendations,
        List<SeverityGroup> bestPractice, Coverage coverage, List<GoalRow> goals,
        List<String> todayDerivation, List<String> projectedDerivation, List<String> assumptions) {

    static final String DEFAULT_TITLE = "Backup throughput assessment";
    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

    public record ProductRow(String product, String version, int files, String formats) {
    }

    public record InputRow(String file, String product, String format, String sha256) {
    }

    /** The executive summary: {@code state} is met / met-today / not-met / unpriced (a CSS class and a word). */
    public record Summary(String target, String targetSource, String measured, String today, String projected,
                          String state, String verdict, String bottleneck, List<String> topActions,
                          int recommendationCount, int stepCount) {
    }

    /** One bar: its label, value text, and geometry in the chart's own coordinates. */
    public record Bar(String label, String value, double x, double y, double width, double height,
                      double percent, boolean reachesTarget) {
    }

    /**
     * The chart: throughput today → after each step with the target line, or (replication) duration today and
     * projected against the window line. Geometry is precomputed so the template only draws.
     */
    public record Chart(String kind, String caption, String unit, double width, double height, double plotTop,
                        double plotBottom, double plotLeft, double plotRight, double targetY, double targetPercent, String targetLabel,
                        List<Bar> bars, List<Tick> ticks) {
    }

    public record Tick(double y, String label) {
    }

    public record RecRow(int rank, String step, String severity, String ruleId, String product, String setting,
                         String object, String current, String recommended, String gainShort, String gain,
                         String projectedAfter, String gainMBps, String projectedAfterMBps, String gainNote,
                         String why, String apply, String rollback, String verify, String restart, String risk,
                         String source, String evidence, List<String> objects) {
    }

    /** A plan step and its changes; {@code number} 0 is the "further recommendations" group (no priced gain). */
    public record StepGroup(int number, String heading, List<String> derivation, List<RecRow> recs) {
    }

    /** Best practice of one severity: recommendations without a priced gain and advice that is not a setting. */
    public record SeverityGroup(String severity, List<Practice> items) {
    }

    public record Practice(String kind, String ruleId, String text, String object, String why, String apply,
                           String source) {
    }

    /** "12 of 15 rules evaluated" and, per rule and reason, the objects and the input that would let it run. */
    public record Coverage(int rules, int evaluated, int fired, String sentence, List<NotEvaluated> notEvaluated) {
    }

    public record NotEvaluated(String ruleId, String objects, String reason, String needs) {
    }

    public record GoalRow(String phase, String target, String today, String projected, String window,
                          String durations, String verdict) {
    }

    public static ReportModel of(Analysis a) {
        return of(a, ReportOptions.NEUTRAL);
    }

    public static ReportModel of(Analysis a, ReportOptions options) {
        Objects.requireNonNull(a, "analysis");
        ReportOptions o = options == null ? ReportOptions.NEUTRAL : options;
        List<Analysis.Input> inputs = list(a.inputs());
        List<RecRow> recs = list(a.recommendations()).stream().map(ReportModel::rec).toList();
        return new ReportModel(
                o.title() != null ? o.title() : DEFAULT_TITLE, o.customer(), date(a.createdAt()), p(a.createdAt()),
                p(a.advisorVersion()), p(a.analysisId()), products(inputs, a.versions()),
                inputs.stream().map(i -> new InputRow(p(i.file()), p(i.product()), p(i.format()), p(i.sha256()))).toList(),
                printable(a.skipped()),
                summary(a), chart(a), plan(a, recs), recs, bestPractice(a, recs), coverage(a, o), goals(a),
                printable(a.today() == null ? null : a.today().derivation()),
                printable(a.projected() == null ? null : a.projected().derivation()), printable(a.assumptions()));
    }

    // --- header ---

    private static List<ProductRow> products(List<Analysis.Input> inputs, Map<String, String> versions) {
        Map<String, List<Analysis.Input>> by = inputs.stream().collect(Collectors.groupingBy(
                i -> i.product() == null ? "(unknown)" : i.product(), TreeMap::new, Collectors.toList()));
        return by.entrySet().stream().map(e -> new ProductRow(p(e.getKey()),
                versions == null ? null : p(versions.get(e.getKey())), e.getValue().size(), p(e.getValue().stream()
                .map(Analysis.Input::format).filter(Objects::nonNull).distinct().sorted()
                .collect(Collectors.joining(", "))))).toList();
    }

    private static String date(String createdAt) {
        if (createdAt == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                    .format(Instant.parse(createdAt).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return p(createdAt);
        }
    }

    // --- summary ---

    private static Summary summary(Analysis a) {
        Analysis.Rate target = a.target();
        double t = target == null ? 0 : target.bytesPerSecond();
        boolean metToday = a.today() != null && t > 0 && a.today().bytesPerSecond() >= t;
        String state;
        String verdict;
        if (a.projected() == null) {
            state = "unpriced";
            verdict = "Not priced: the inputs do not let the model compute today's throughput (see the assumptions). "
                    + "The recommendations below are best practice without a projected gain.";
        } else if (metToday) {
            state = "met-today";
            verdict = "Target met today: " + rate(a.today().bytesPerSecond()) + " against a target of " + rate(t)
                    + ". No change below is needed for the target.";
        } else if (Boolean.TRUE.equals(a.targetMet())) {
            state = "met";
            verdict = "Target met after the plan: projected " + rate(a.projected().bytesPerSecond()) + " against a target of "
                    + rate(t) + " (" + pct(a.projected().bytesPerSecond(), t) + " of the target), up from "
                    + (a.today() == null ? "an unknown rate" : rate(a.today().bytesPerSecond())) + " today.";
        } else {
            state = "not-met";
            verdict = "Target not met: the plan reaches " + rate(a.projected().bytesPerSecond()) + ", "
                    + pct(a.projected().bytesPerSecond(), t) + " of the " + rate(t) + " target. "
                    + (Analysis.HARDWARE.equals(a.verdict())
                    ? "The remaining gap needs more hardware at the bottleneck"
                    : "No recommended setting raises the bottleneck")
                    + (a.bottleneck() == null ? "." : ": " + a.bottleneck().description() + ".");
        }
        List<String> top = new ArrayList<>();
        for (Analysis.Rec r : list(a.recommendations())) {
            if (top.size() == 3) {
                break;
            }
            top.add("Set " + r.setting() + " on " + objectLabel(r) + " from " + value(r.current()) + " to "
                    + value(r.recommended()) + (r.expectedGainBytesPerSecond() != null && r.step() != null
                    && a.steps() != null && r.step() - 1 < a.steps().size()
                    ? " (step " + r.step() + ": " + rate(a.steps().get(r.step() - 1).beforeBytesPerSecond()) + " → "
                    + rate(a.steps().get(r.step() - 1).afterBytesPerSecond()) + ")" : "") + ".");
        }
        String today = a.today() == null ? "not priced"
                : rate(a.today().bytesPerSecond()) + " — " + a.today().effectiveStreams() + " effective stream(s), limited by "
                + a.today().bottleneck();
        String projected = a.projected() == null ? "not priced"
                : rate(a.projected().bytesPerSecond()) + " (range " + DataRate.ofBytesPerSecond(a.projected().lowBytesPerSecond())
                + " – " + DataRate.ofBytesPerSecond(a.projected().highBytesPerSecond()) + ") with "
                + a.projected().effectiveStreams() + " effective streams";
        return new Summary(target == null ? "none" : rateLong(t), p(target == null ? null : target.source()),
                a.measured() == null ? "not given" : rateLong(a.measured().bytesPerSecond()) + " (" + p(a.measured().source()) + ")",
                p(today), p(projected), state, p(verdict),
                a.bottleneck() == null ? null : p(a.bottleneck().stage() + ": " + a.bottleneck().description()),
                printable(top), list(a.recommendations()).size(), list(a.steps()).size());
    }

    // --- chart ---

    static final double W = 640;
    static final double H = 300;
    static final double TOP = 24;
    static final double BOTTOM = 250;
    static final double LEFT = 64;
    static final double RIGHT = W - 130;

    private static Chart chart(Analysis a) {
        Analysis.GoalResult first = list(a.goals()).isEmpty() ? null : a.goals().get(0);
        if (first != null && "replication".equals(first.phase()) && first.windowSeconds() != null
                && first.todayDurationSeconds() != null) {
            List<double[]> v = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            labels.add("today");
            v.add(new double[]{first.todayDurationSeconds() / 3600});
            if (first.projectedDurationSeconds() != null) {
                labels.add("after the plan");
                v.add(new double[]{first.projectedDurationSeconds() / 3600});
            }
            double window = first.windowSeconds() / 3600;
            return build("replication", "Replication duration today and after the plan against the "
                    + hours(window) + " window", "h", labels, v.stream().map(x -> x[0]).toList(), window,
                    "window " + hours(window), false);
        }
        if (a.today() == null || a.target() == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        labels.add("today");
        values.add(a.today().bytesPerSecond());
        for (Analysis.Step s : list(a.steps())) {
            labels.add("step " + s.step());
            values.add(s.afterBytesPerSecond());
        }
        return build("throughput", "Throughput today and after each plan step, against the "
                + DataRate.ofBytesPerSecond(a.target().bytesPerSecond()) + " target", "MB/s", labels,
                values.stream().map(x -> x / 1e6).toList(), a.target().bytesPerSecond() / 1e6,
                "target " + DataRate.ofBytesPerSecond(a.target().bytesPerSecond()), true);
    }

    private static Chart build(String kind, String caption, String unit, List<String> labels, List<Double> values,
                               double target, String targetLabel, boolean higherIsBetter) {
        double max = Math.max(target, values.stream().mapToDouble(Double::doubleValue).max().orElse(0)) * 1.12;
        double scale = niceStep(max / 5);
        max = Math.ceil(max / scale) * scale;
        double plotH = BOTTOM - TOP;
        double slot = (RIGHT - LEFT) / values.size();
        double barW = Math.min(90, slot * 0.6);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            double h = max <= 0 ? 0 : v / max * plotH;
            boolean reaches = higherIsBetter ? v >= target : v <= target;
            bars.add(new Bar(labels.get(i), number(v) + " " + unit, LEFT + slot * i + (slot - barW) / 2, BOTTOM - h,
                    barW, h, max <= 0 ? 0 : 100 * v / max, reaches));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double t = 0; t <= max + scale / 2; t += scale) {
            ticks.add(new Tick(BOTTOM - t / max * plotH, number(t)));
        }
        return new Chart(kind, caption, unit, W, H, TOP, BOTTOM, LEFT, RIGHT, BOTTOM - target / max * plotH,
                100 * target / max, targetLabel, bars, ticks);
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    // --- plan ---

    private static RecRow rec(Analysis.Rec r) {
        String verify = r.remediation() == null ? null : r.remediation().verify().stream().map(Analysis.Action::text)
                .collect(Collectors.joining("\n"));
        String restart = r.remediation() == null || r.remediation().restart() == null
                || r.remediation().restart().equals("none") ? null
                : r.remediation().restart().equals("reboot") ? "reboot required" : r.remediation().restart() + " restart required";
        String gain = r.expectedGainBytesPerSecond() == null ? (r.gainNote() == null ? "not priced" : r.gainNote())
                : "+" + DataRate.ofBytesPerSecond(r.expectedGainBytesPerSecond())
                + (r.gainNote() == null ? "" : " (" + r.gainNote() + ")");
        return new RecRow(r.rank(), r.step() == null ? "" : String.valueOf(r.step()), p(r.severity()), p(r.ruleId()),
                p(r.product()), p(r.setting()), p(objectLabel(r)), value(r.current()), value(r.recommended()),
                r.expectedGainBytesPerSecond() == null ? "not priced"
                        : "+" + DataRate.ofBytesPerSecond(r.expectedGainBytesPerSecond()), pl(gain),
                r.projectedAfterBytesPerSecond() == null ? "" : DataRate.ofBytesPerSecond(r.projectedAfterBytesPerSecond()).toString(),
                mbps(r.expectedGainBytesPerSecond()), mbps(r.projectedAfterBytesPerSecond()), pl(r.gainNote()),
                pl(r.why()), pl(r.apply()), pl(r.rollback()), pl(verify == null || verify.isEmpty() ? null : verify),
                restart, pl(r.risk()), pl(r.source()), pl(r.evidence()),
                r.objects().stream().map(ReportModel::p).toList());
    }

    /** "sc1", or "sc1 and 37,499 more objects" when a row stands for several objects with the same change. */
    private static String objectLabel(Analysis.Rec r) {
        int others = r.objects().size() - 1;
        return others < 1 ? r.object() : String.format(java.util.Locale.ROOT, "%s and %,d more object%s (same change)",
                r.object(), others, others == 1 ? "" : "s");
    }

    private static List<StepGroup> plan(Analysis a, List<RecRow> recs) {
        Map<Integer, List<RecRow>> by = new TreeMap<>();
        for (RecRow r : recs) {
            by.computeIfAbsent(r.step().isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.step()),
                    k -> new ArrayList<>()).add(r);
        }
        List<StepGroup> out = new ArrayList<>();
        for (Map.Entry<Integer, List<RecRow>> e : by.entrySet()) {
            int n = e.getKey();
            if (n == Integer.MAX_VALUE) {
                out.add(new StepGroup(0, "Further recommendations (best practice: no throughput gain priced)",
                        List.of(), e.getValue()));
                continue;
            }
            Analysis.Step s = n - 1 < list(a.steps()).size() ? a.steps().get(n - 1) : null;
            String heading = s == null ? "Step " + n : "Step " + n + ": " + DataRate.ofBytesPerSecond(s.beforeBytesPerSecond())
                    + " → " + DataRate.ofBytesPerSecond(s.afterBytesPerSecond()) + " (+"
                    + DataRate.ofBytesPerSecond(s.afterBytesPerSecond() - s.beforeBytesPerSecond()) + ")";
            out.add(new StepGroup(n, heading, s == null ? List.of() : printable(s.derivation()), e.getValue()));
        }
        return out;
    }

    private static List<SeverityGroup> bestPractice(Analysis a, List<RecRow> recs) {
        Map<String, List<Practice>> by = new LinkedHashMap<>();
        for (String s : SEVERITIES) {
            by.put(s, new ArrayList<>());
        }
        for (RecRow r : recs) {
            if (r.step().isEmpty()) {
                by.computeIfAbsent(r.severity(), k -> new ArrayList<>()).add(new Practice("setting", r.ruleId(),
                        r.setting() + ": " + r.current() + " → " + r.recommended(), r.object(), r.why(), r.apply(), r.source()));
            }
        }
        for (Analysis.AdviceRow r : list(a.advice())) {
            String apply = r.remedy() == null ? null : r.remedy().apply().stream().map(Analysis.Action::text)
                    .collect(Collectors.joining("\n"));
            by.computeIfAbsent(r.severity() == null ? "info" : p(r.severity()), k -> new ArrayList<>()).add(new Practice(
                    p(r.kind()), p(r.ruleId()), pl(r.text()), p(r.object()), pl(r.why()), pl(apply), pl(r.source())));
        }
        return by.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new SeverityGroup(e.getKey(), e.getValue())).toList();
    }

    private static Coverage coverage(Analysis a, ReportOptions o) {
        Map<String, List<Analysis.FindingRow>> byRule = list(a.findings()).stream()
                .collect(Collectors.groupingBy(f -> p(f.ruleId()), TreeMap::new, Collectors.toList()));
        // Rules that only checked objects without firing are counted in notFired, not listed as rows.
        if (a.notFired() != null) {
            a.notFired().keySet().forEach(id -> byRule.putIfAbsent(p(id), List.of()));
        }
        int evaluated = a.evaluatedRules().size();
        int fired = (int) byRule.values().stream()
                .filter(rows -> rows.stream().anyMatch(f -> "FIRED".equals(f.status()))).count();
        Map<String, List<Analysis.FindingRow>> groups = list(a.findings()).stream()
                .filter(f -> "NOT_EVALUATED".equals(f.status()))
                .collect(Collectors.groupingBy(f -> f.ruleId() + "|" + f.reason(), LinkedHashMap::new, Collectors.toList()));
        List<NotEvaluated> rows = new ArrayList<>();
        for (List<Analysis.FindingRow> g : groups.values()) {
            Analysis.FindingRow f = g.get(0);
            List<String> all = g.stream().flatMap(x -> x.objects().stream()).toList();
            String objects = all.stream().limit(10).collect(Collectors.joining(", "))
                    + (all.size() > 10 ? ", … (+" + (all.size() - 10) + " more)" : "");
            String needs = o.hints().hint(f.missing());
            if (needs == null && f.missing() != null) {
                needs = f.missing().kind() + " " + f.missing().key()
                        + (f.missing().source() == null ? "" : " (" + f.missing().source() + ")");
            }
            rows.add(new NotEvaluated(p(f.ruleId()), p(objects), p(f.reason()), p(needs)));
        }
        String sentence = evaluated + " of " + byRule.size() + " rules evaluated" + (byRule.isEmpty() ? ""
                : "; " + fired + " fired on at least one object");
        return new Coverage(byRule.size(), evaluated, fired, sentence, rows);
    }

    private static List<GoalRow> goals(Analysis a) {
        List<GoalRow> out = new ArrayList<>();
        for (Analysis.GoalResult g : list(a.goals())) {
            String durations = g.todayDurationSeconds() == null ? "" : hours(g.todayDurationSeconds() / 3600) + " today → "
                    + (g.projectedDurationSeconds() == null ? "?" : hours(g.projectedDurationSeconds() / 3600)) + " projected";
            out.add(new GoalRow(p(g.phase()), g.target() == null ? "" : rateLong(g.target().bytesPerSecond()),
                    g.todayBytesPerSecond() == null ? "not priced" : rate(g.todayBytesPerSecond()),
                    g.projectedBytesPerSecond() == null ? "not priced" : rate(g.projectedBytesPerSecond()),
                    g.windowSeconds() == null ? "" : hours(g.windowSeconds() / 3600), durations,
                    p(Boolean.TRUE.equals(g.met()) ? "met" : g.verdict() == null ? "not met" : g.verdict())));
        }
        return out;
    }

    // --- helpers ---

    static String rate(double bps) {
        return DataRate.ofBytesPerSecond(bps).toString();
    }

    static String rateLong(double bps) {
        DataRate r = DataRate.ofBytesPerSecond(bps);
        return r + " (" + r.toPerHourString() + ")";
    }

    /** Decimal MB/s with one decimal, for spreadsheets; empty when not priced. */
    private static String mbps(Double bps) {
        return bps == null ? "" : String.format(Locale.ROOT, "%.1f", bps / 1e6);
    }

    private static String pct(double a, double b) {
        return b <= 0 ? "?" : Math.round(100 * a / b) + " %";
    }

    private static String hours(double h) {
        return String.format(Locale.ROOT, "%.1f h", h);
    }

    private static String number(double v) {
        return v >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String value(Object v) {
        return v == null ? "(not set)" : p(v.toString());
    }

    /** One-line text from an export: control characters shown, never acting. */
    private static String p(String s) {
        return Texts.printable(s);
    }

    /** Multi-line text: line breaks kept, other control characters shown. */
    private static String pl(String s) {
        return Texts.printableLines(s);
    }

    private static List<String> printable(List<String> lines) {
        return list(lines).stream().map(Texts::printable).toList();
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
