package org.backupadvisor.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static Analysis.Rec rec(int rank, String object, Object current) {
        return new Analysis.Rec(rank, null, "CV-X", "commvault", "commvault.subclient.numberOfBackupStreams", object,
                null, current, 4, "high", "low", null, null, "not priced", "why " + object, "apply " + object,
                "rollback " + object, "seed.txt", new Analysis.Remedy(List.of(new Analysis.Action("note", "apply " + object)),
                List.of(new Analysis.Action("note", "rollback " + object)), List.of(), "none"), object + ".json: line 1");
    }

    private static Analysis analysis(List<Analysis.Rec> recs, List<Analysis.FindingRow> findings) {
        return new Analysis(1, "id", "2026-11-23T00:00:00Z", "test", List.of(),
                new Analysis.Rate(173.6e6, "30 TB in 48 h"), null, null, null, null, null, List.of(), recs, findings,
                List.of("an assumption"), Analysis.UNPRICED, List.of(), List.of(),
                List.of("skipped: notes/README.md — not an export any plugin reads"), java.util.Map.of("commvault", "11.28.56"), null);
    }

    @Test
    void theSameChangeOnManyObjectsPrintsOnceWithTheOthersListed() {
        List<Analysis.Rec> recs = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            recs.add(rec(i, "client/set/sc" + i, i % 2 == 0 ? 1 : 2));
        }
        String text = new TextRenderer().render(analysis(recs, List.of()));
        assertThat(text).contains("#1 [high] commvault.subclient.numberOfBackupStreams  2 → 4   (client/set/sc1)");
        assertThat(text).doesNotContain("#2 [high]");
        assertThat(text).contains("12 more object(s) with the same change: client/set/sc2 (1 → 4, #2)")
                .contains("(+2 more; the JSON lists every one)");
        assertThat(text).containsOnlyOnce("Why:");
        assertThat(text).contains("Projected   not priced").contains("  - an assumption")
                .contains("  skipped: notes/README.md — not an export any plugin reads");
    }

    @Test
    void notEvaluatedFindingsWithTheSameReasonShareALine() {
        List<Analysis.FindingRow> findings = List.of(
                new Analysis.FindingRow("CV-X", "NOT_EVALUATED", "a", null, null, "tape.drives not measured",
                        new Analysis.MissingInput("measurement", "tape.drives", null), null),
                new Analysis.FindingRow("CV-X", "NOT_EVALUATED", "b", null, null, "tape.drives not measured",
                        new Analysis.MissingInput("measurement", "tape.drives", null), null),
                new Analysis.FindingRow("CV-Y", "NOT_EVALUATED", "a", null, null, "other reason", null, null),
                new Analysis.FindingRow("CV-X", "NOT_FIRED", "c", null, null, null, null, null));
        String text = new TextRenderer().render(analysis(List.of(), findings));
        assertThat(text).contains("Findings: 3 not evaluated, 1 not fired")
                .contains("not evaluated  CV-X on a, b: tape.drives not measured")
                .contains("not evaluated  CV-Y on a: other reason")
                .contains("No changes recommended.");
        // The front end words the hint for a missing measurement; the core's default is neutral.
        assertThat(text).contains("CV-X on a, b: tape.drives not measured (measure tape.drives)");
        assertThat(new TextRenderer(key -> "--measure " + key + "=VALUE").render(analysis(List.of(), findings)))
                .contains("tape.drives not measured (--measure tape.drives=VALUE)")
                .contains("CV-Y on a: other reason" + System.lineSeparator());
    }

    @Test
    void jsonRoundTripsTheContract() {
        Analysis a = analysis(List.of(rec(1, "x", null)), List.of());
        Analysis back = AnalysisJson.read(new JsonRenderer().render(a));
        assertThat(back).isEqualTo(a);
        assertThat(new JsonRenderer().render(a)).contains("\"schemaVersion\" : 1").contains("\"current\" : null");
    }
}
