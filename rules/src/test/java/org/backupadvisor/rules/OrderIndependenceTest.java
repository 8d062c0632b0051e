package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.junit.jupiter.api.Test;

/**
 * One engine serves many analyses (the server; the fixture suite): an analysis must read the same whatever ran
 * before it, and whatever order its rules fired in. Runs every firing fixture, then all again in reverse order, and
 * compares the outputs line by line (this found an advice worded after whichever interface matched first, and
 * recommendations on one object ordered by the session's hash order).
 */
class OrderIndependenceTest {

    private static String outcome(FixtureCase c) {
        Analysis a = Rules.analyzer().analyze(new AnalysisRequest(c.files(), c.target(), c.measurements()).withNotFiredListed());
        // Everything the rules decided, without the per-run id and time.
        return AnalysisJson.write(new Analysis(a.schemaVersion(), "id", "time", a.advisorVersion(), a.inputs(), a.target(),
                a.measured(), a.today(), a.projected(), a.targetMet(), a.bottleneck(), a.steps(), a.recommendations(),
                a.findings(), a.assumptions(), a.verdict(), a.goals(), a.advice(), a.skipped(), a.versions(), a.notFired()));
    }

    @Test
    void anAnalysisGivesTheSameResultWhateverRanBeforeItOnTheSameEngine() {
        List<FixtureCase> firing = FixtureCase.everyCase().stream()
                .filter(c -> c.outcome() == FixtureCase.Outcome.FIRES).toList();
        assertThat(firing).hasSizeGreaterThan(40);
        List<String> first = firing.stream().map(OrderIndependenceTest::outcome).toList();
        List<FixtureCase> reversed = new java.util.ArrayList<>(firing);
        java.util.Collections.reverse(reversed);
        List<String> again = new java.util.ArrayList<>(reversed.stream().map(OrderIndependenceTest::outcome).toList());
        java.util.Collections.reverse(again);
        for (int i = 0; i < firing.size(); i++) {
            List<String> a = first.get(i).lines().toList();
            List<String> b = again.get(i).lines().toList();
            int line = 0;
            while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
                line++;
            }
            assertThat(line).as(firing.get(i) + ": first difference at line " + (line + 1) + ": "
                    + (line < a.size() ? a.get(line) : "(end)") + " / " + (line < b.size() ? b.get(line) : "(end)"))
                    .isEqualTo(Math.max(a.size(), b.size()));
        }
    }
}
