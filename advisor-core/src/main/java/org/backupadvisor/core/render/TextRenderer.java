package org.backupadvisor.core.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.Texts;

/** The terminal report: verdict first, then the plan step by step, then everything else a reviewer needs. */
public final class TextRenderer implements Renderer {
    private static final String NL = System.lineSeparator();
    private final Hints hints;

    public TextRenderer() {
        this(Hints.NEUTRAL);
    }

    /** A report whose hints for missing inputs are worded by the front end that prints it. */
    public TextRenderer(Hints hints) {
        this.hints = hints;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String contentType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public Renderer with(ReportOptions options) {
        return new TextRenderer(options.hints());
    }

    @Override
    public void render(Analysis a, java.io.OutputStream out) throws java.io.IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        w.write(text(a));
        w.flush();
    }

    private String text(Analysis a) {
        StringBuilder out = new StringBuilder();
        out.append("backup-advisor ").append(a.advisorVersion()).append(" · analysis ").append(a.analysisId())
                .append(" · ").append(a.createdAt()).append(NL);
        Map<String, Long> products = a.inputs().stream()
                .collect(Collectors.groupingBy(Analysis.Input::product, TreeMap::new, Collectors.counting()));
        out.append("Inputs: ").append(a.inputs().size()).append(" file(s) — ")
                .append(products.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()
                        + (a.versions() != null && a.versions().get(e.getKey()) != null
                        ? " (version " + Texts.printable(a.versions().get(e.getKey())) + ")" : ""))
                        .collect(Collectors.joining(", "))).append(NL);
        if (a.skipped() != null) {
            for (String s : a.skipped()) {
                out.append("  ").append(Texts.printable(s)).append(NL);
            }
        }
        out.append(NL);

        line(out, "Target", rate(a.target().bytesPerSecond()) + "  (" + a.target().source() + ")");
        line(out, "Measured", a.measured() == null ? "not given (" + hints.measure("throughput.current") + ")"
                : rate(a.measured().bytesPerSecond()) + "  (" + a.measured().source() + ")");
        if (a.today() != null) {
            // A stream-limited bottleneck already says "N stream(s) × R per stream"; say it once.
            String limit = a.today().bottleneck();
            line(out, "Today", (limit.contains("stream(s) ×") ? "" : a.today().effectiveStreams()
                    + " effective stream(s) × " + DataRate.ofBytesPerSecond(a.today().perStreamBytesPerSecond())
                    + ", ") + "limited by " + limit);
        }
        if (a.projected() != null) {
            line(out, "Projected", rate(a.projected().bytesPerSecond()) + "  (range "
                    + DataRate.ofBytesPerSecond(a.projected().lowBytesPerSecond()) + " – "
                    + DataRate.ofBytesPerSecond(a.projected().highBytesPerSecond()) + ") with "
                    + a.projected().effectiveStreams() + " effective streams");
            // The verdict is the Analysis's (decided by whether the binding limit reads a setting), not re-derived here.
            boolean metToday = a.today() != null && a.today().bytesPerSecond() >= a.target().bytesPerSecond();
            line(out, "Verdict", metToday ? "TARGET MET today: no change below is needed for the target"
                    : Boolean.TRUE.equals(a.targetMet()) ? "TARGET MET after the plan below"
                    : "TARGET NOT MET: the plan reaches " + pct(a.projected().bytesPerSecond(), a.target().bytesPerSecond())
                    + " of the target; " + (Analysis.HARDWARE.equals(a.verdict())
                    ? "more needs more hardware at the bottleneck below"
                    : "no recommended setting raises the bottleneck below"));
        } else {
            line(out, "Projected", "not priced (see assumptions)");
        }
        if (a.bottleneck() != null) {
            line(out, "Bottleneck", a.bottleneck().stage() + ": " + a.bottleneck().description());
        }
        goals(out, a);
        out.append(NL);

        if (a.recommendations().isEmpty()) {
            out.append("No changes recommended.").append(NL);
        } else {
            int objects = a.recommendations().stream().mapToInt(r -> Math.max(1, r.objects().size())).sum();
            out.append("Plan (").append(a.recommendations().size()).append(" recommendation(s)")
                    .append(objects > a.recommendations().size() ? " on " + objects + " objects" : "").append(")").append(NL);
            Integer lastStep = -1;
            boolean othersHeader = false;
            // The same change on many objects (data readers on 300 subclients) prints once, with the others listed.
            Map<String, List<Analysis.Rec>> same = new java.util.LinkedHashMap<>();
            for (Analysis.Rec r : a.recommendations()) {
                same.computeIfAbsent(r.ruleId() + "|" + r.setting() + "|" + r.recommended() + "|" + r.step(),
                        k -> new java.util.ArrayList<>()).add(r);
            }
            for (List<Analysis.Rec> group : same.values()) {
                Analysis.Rec r = group.get(0);
                if (r.step() != null && !r.step().equals(lastStep)) {
                    Analysis.Step s = a.steps().get(r.step() - 1);
                    out.append(NL).append("  Step ").append(s.step()).append(": ")
                            .append(DataRate.ofBytesPerSecond(s.beforeBytesPerSecond())).append(" → ")
                            .append(DataRate.ofBytesPerSecond(s.afterBytesPerSecond())).append("  (+")
                            .append(DataRate.ofBytesPerSecond(s.afterBytesPerSecond() - s.beforeBytesPerSecond()))
                            .append(")").append(NL);
                    for (String d : s.derivation()) {
                        out.append("          · ").append(Texts.printable(d)).append(NL);
                    }
                    lastStep = r.step();
                } else if (r.step() == null && !othersHeader) {
                    out.append(NL).append("  Further recommendations (best practice: no throughput gain expected, or not priced by the model)").append(NL);
                    othersHeader = true;
                }
                rec(out, r);
                String also = alsoOn(group);
                if (also != null) {
                    field(out, "Also", also);
                }
            }
        }
        advice(out, a);
        out.append(NL);
        Map<String, Long> counts = a.findingCounts();
        out.append("Findings: ").append(counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "))).append(NL);
        Map<String, List<Analysis.FindingRow>> notEvaluated = a.findings().stream()
                .filter(f -> f.status().equals("NOT_EVALUATED"))
                .collect(Collectors.groupingBy(f -> f.ruleId() + "|" + f.reason(), java.util.LinkedHashMap::new,
                        Collectors.toList()));
        for (List<Analysis.FindingRow> group : notEvaluated.values()) {
            Analysis.FindingRow f = group.get(0);
            List<String> all = group.stream().flatMap(g -> g.objects().stream()).toList();
            String objects = all.stream().limit(LISTED).collect(Collectors.joining(", "))
                    + (all.size() > LISTED ? ", … (+" + (all.size() - LISTED) + " more)" : "");
            String hint = hints.hint(f.missing());
            out.append("  not evaluated  ").append(f.ruleId()).append(" on ").append(Texts.printable(objects)).append(": ")
                    .append(Texts.printable(f.reason())).append(hint == null ? "" : " (" + hint + ")").append(NL);
        }
        if (!a.assumptions().isEmpty()) {
            out.append(NL).append("Assumptions").append(NL);
            for (String s : a.assumptions()) {
                out.append("  - ").append(Texts.printable(s)).append(NL);
            }
        }
        return out.toString();
    }

    private static void rec(StringBuilder out, Analysis.Rec r) {
        out.append("   #").append(r.rank()).append(" [").append(r.severity()).append("] ").append(Texts.printable(r.setting()))
                .append("  ").append(value(r.current())).append(" → ").append(value(r.recommended()))
                .append("   (").append(Texts.printable(r.object())).append(")").append(NL);
        if (r.expectedGainBytesPerSecond() != null && r.step() == null) {
            field(out, "Effect", "+" + DataRate.ofBytesPerSecond(r.expectedGainBytesPerSecond())
                    + (r.gainNote() != null ? " — " + r.gainNote() : ""));
        } else if (r.gainNote() != null) {
            field(out, "Effect", r.gainNote());
        }
        field(out, "Why", r.why());
        field(out, "Apply", r.apply());
        field(out, "Rollback", r.rollback());
        if (r.remediation() != null && !r.remediation().verify().isEmpty()) {
            field(out, "Verify", r.remediation().verify().stream().map(Analysis.Action::text)
                    .collect(Collectors.joining(NL)));
        }
        field(out, "Risk", r.risk());
        field(out, "Evidence", r.evidence());
        field(out, "Source", r.source() + " (rule " + r.ruleId() + ")");
    }

    private static final int LISTED = 10;

    /** Every goal beyond the first, and every path when a goal has several (how they add up). */
    private static void goals(StringBuilder out, Analysis a) {
        if (a.goals() == null) {
            return;
        }
        for (int i = 0; i < a.goals().size(); i++) {
            Analysis.GoalResult g = a.goals().get(i);
            if (i == 0 && g.paths().size() < 2) {
                // The summary above is this goal's; a replication goal still says it in hours.
                if (g.windowSeconds() != null && g.todayDurationSeconds() != null && g.projectedDurationSeconds() != null) {
                    line(out, "Window", hours(g.todayDurationSeconds()) + " today → " + hours(g.projectedDurationSeconds())
                            + " projected, window " + hours(g.windowSeconds()));
                }
                continue;
            }
            out.append(NL).append("Goal: ").append(g.phase()).append(" ").append(rate(g.target().bytesPerSecond()))
                    .append("  (").append(Texts.printable(g.target().source())).append(")").append(NL);
            if (g.windowSeconds() != null && g.todayDurationSeconds() != null) {
                line(out, "  Window", hours(g.todayDurationSeconds()) + " today → " + hours(g.projectedDurationSeconds())
                        + " projected, window " + hours(g.windowSeconds()));
            }
            for (Analysis.PathResult p : g.paths()) {
                line(out, "  Path", p.id() + (p.contributors().isEmpty() ? "" : " (with " + String.join(", ",
                        p.contributors()) + ")") + ": " + (p.projected() == null ? "not priced"
                        : DataRate.ofBytesPerSecond(p.today().bytesPerSecond()) + " → "
                        + DataRate.ofBytesPerSecond(p.projected().bytesPerSecond()) + ", bound by "
                        + p.bottleneck().description()));
            }
            if (g.combined() != null) {
                line(out, "  Together", g.combined());
            }
            line(out, "  Verdict", g.verdict());
        }
    }

    private static void advice(StringBuilder out, Analysis a) {
        if (a.advice() == null || a.advice().isEmpty()) {
            return;
        }
        out.append(NL).append("Advice (not a setting change)").append(NL);
        for (Analysis.AdviceRow r : a.advice()) {
            out.append("   [").append(r.severity()).append("] ").append(r.kind()).append(": ").append(Texts.printable(r.text()))
                    .append("   (").append(Texts.printable(r.object())).append(")").append(NL);
            field(out, "Why", r.why());
            if (r.remedy() != null) {
                field(out, "Apply", r.remedy().apply().stream().map(Analysis.Action::text)
                        .collect(Collectors.joining(NL)) + restart(r.remedy().restart()));
                if (!r.remedy().verify().isEmpty()) {
                    field(out, "Verify", r.remedy().verify().stream().map(Analysis.Action::text)
                            .collect(Collectors.joining(NL)));
                }
            }
            field(out, "Source", r.source() + " (rule " + r.ruleId() + ")");
        }
    }

    private static String restart(String restart) {
        return restart == null || restart.equals("none") ? ""
                : NL + (restart.equals("reboot") ? "(reboot required)" : "(" + restart + " restart required)");
    }

    private static String hours(Double seconds) {
        return seconds == null ? "?" : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    /**
     * "3 more objects with the same change: a (2 → 4), b (1 → 4), …" — every object of the group's rows after the
     * first (a row stands for all objects with one current value); the JSON lists every one in full. Null for one.
     */
    private static String alsoOn(List<Analysis.Rec> group) {
        List<String> others = new java.util.ArrayList<>();
        int total = -1;
        for (Analysis.Rec o : group) {
            for (String obj : o.objects()) {
                if (++total > 0 && others.size() < LISTED) {
                    others.add(obj + " (" + value(o.current()) + " → " + value(o.recommended()) + ", #" + o.rank() + ")");
                }
            }
        }
        if (total < 1) {
            return null;
        }
        return total + " more object(s) with the same change: " + String.join(", ", others)
                + (total > LISTED ? ", … (+" + (total - LISTED) + " more; the JSON lists every one)" : "");
    }

    private static void field(StringBuilder out, String name, String text) {
        if (text == null) {
            return;
        }
        List<String> lines = Texts.printableLines(text).lines().toList();
        out.append(String.format(Locale.ROOT, "        %-9s ", name + ":")).append(lines.get(0)).append(NL);
        for (String l : lines.subList(1, lines.size())) {
            out.append("                  ").append(l).append(NL);
        }
    }

    private static String value(Object v) {
        return v == null ? "(not set)" : Texts.printable(v.toString());
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(String.format(Locale.ROOT, "%-11s %s", label, Texts.printable(text))).append(NL);
    }

    private static String rate(double bps) {
        DataRate r = DataRate.ofBytesPerSecond(bps);
        return r + " (" + r.toPerHourString() + ")";
    }

    private static String pct(double a, double b) {
        return Math.round(100 * a / b) + "%";
    }
}
