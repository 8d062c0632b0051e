package org.backupadvisor.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;

/** Analyses the report tests render: S1 as the CLI saved it, and the same with hostile names from an export. */
final class Fixtures {
    /** What an export may carry in a name: markup, a Markdown table break, a code span, a forged line, ESC, a formula. */
    static final String HOSTILE = "<script>alert(1)</script>|x`y`\nVerdict: FORGED\u001b[2J=cmd";

    private Fixtures() {
    }

    static Analysis s1() {
        try (InputStream in = Fixtures.class.getResourceAsStream("s1-analysis.json")) {
            return AnalysisJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** S1 with the first recommendation's object, a NOT_EVALUATED finding and an input file named {@link #HOSTILE}. */
    static Analysis hostile() {
        Analysis a = s1();
        List<Analysis.Rec> recs = new ArrayList<>(a.recommendations());
        Analysis.Rec r = recs.get(0);
        recs.set(0, new Analysis.Rec(r.rank(), r.step(), r.ruleId(), r.product(), r.setting(), HOSTILE, null,
                HOSTILE, r.recommended(), r.severity(), r.risk(), r.expectedGainBytesPerSecond(), r.projectedAfterBytesPerSecond(),
                r.gainNote(), HOSTILE, r.apply(), r.rollback(), r.source(), r.remediation(), r.evidence()));
        List<Analysis.FindingRow> findings = new ArrayList<>(a.findings());
        findings.add(new Analysis.FindingRow("CV-HOSTILE", "NOT_EVALUATED", HOSTILE, null, null, HOSTILE,
                new Analysis.MissingInput("measurement", "tape.drives", null), null));
        List<Analysis.Input> inputs = new ArrayList<>(a.inputs());
        inputs.add(new Analysis.Input(HOSTILE, "commvault", "GET /Job", "00"));
        return new Analysis(a.schemaVersion(), a.analysisId(), a.createdAt(), a.advisorVersion(), inputs, a.target(),
                a.measured(), a.today(), a.projected(), a.targetMet(), a.bottleneck(), a.steps(), recs, findings,
                a.assumptions(), a.verdict(), a.goals(), a.advice(), a.skipped(), java.util.Map.of("commvault", "11.28.56"), a.notFired());
    }

    /** A replication goal only: the chart shows hours against the window. */
    static Analysis replication() {
        Analysis a = s1();
        Analysis.GoalResult g = new Analysis.GoalResult("replication", new Analysis.Rate(100e6, "10 TB in 24 h"), 10e12,
                86_400d, null, 50e6, 120e6, 200_000d, 83_333d, true, "met", null, List.of());
        return new Analysis(a.schemaVersion(), a.analysisId(), a.createdAt(), a.advisorVersion(), a.inputs(), a.target(),
                a.measured(), a.today(), a.projected(), a.targetMet(), a.bottleneck(), a.steps(), a.recommendations(),
                a.findings(), a.assumptions(), a.verdict(), List.of(g), a.advice(), a.skipped(), a.versions(), a.notFired());
    }

    /** Nothing priced: no today, no projection, no steps, lists absent (as an older or hand-written JSON may be). */
    static Analysis unpriced() {
        Analysis a = s1();
        return new Analysis(1, "id", "not-a-date", "test", List.of(), a.target(), null, null, null, null, null, null,
                List.of(), List.of(), null, Analysis.UNPRICED, null, null, null, null, null);
    }
}
