package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.facts.RuleMeta;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture through the whole pipeline (parse → rules → plan) and checks the tri-state outcome the
 * folder name promises, then the exact expectations of its {@code case.properties} ({@link FixtureCase}: which
 * objects, how many, which missing input, reason and message text). Adding a rule means adding its fixture folders;
 * nothing to register here. With {@code focus=true} in any case, only the focused cases run.
 */
class RuleFixtureTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureHasTheOutcomeItsNameSays() {
        List<DynamicTest> tests = new ArrayList<>();
        boolean focus = FixtureCase.anyFocused();
        for (RuleMeta rule : Rules.catalog().values()) {
            for (FixtureCase c : FixtureCase.all(rule.product()).getOrDefault(rule.id(), List.of())) {
                if (!focus || c.focused()) {
                    tests.add(DynamicTest.dynamicTest(c.toString(), () -> check(rule, c)));
                }
            }
        }
        assertThat(tests).as("fixture cases found").isNotEmpty();
        return tests.stream();
    }

    private static void check(RuleMeta rule, FixtureCase c) {
        assertThat(c.outcome()).as(c + ": case folder must start with fires, quiet or not-evaluated").isNotNull();
        Analysis a = Rules.analyzer().analyze(new AnalysisRequest(c.files(), c.target(), c.measurements()).withNotFiredListed());
        List<Analysis.FindingRow> mine = a.findings().stream().filter(f -> rule.id().equals(f.ruleId())).toList();
        List<String> statuses = mine.stream().map(Analysis.FindingRow::status).toList();
        switch (c.outcome()) {
            case FIRES -> {
                assertThat(statuses).as(c + " findings " + mine).contains("FIRED");
                if (c.expectedAdvice() != null) {
                    assertThat(a.advice()).as(c + ": advice by " + rule.id())
                            .anySatisfy(x -> {
                                assertThat(x.ruleId()).isEqualTo(rule.id());
                                assertThat(x.kind()).isEqualTo(c.expectedAdvice());
                            });
                }
                if (c.expectedRecommended() != null) {
                    assertThat(a.recommendations()).as(c + ": recommendation by " + rule.id())
                            .anySatisfy(r -> {
                                assertThat(r.ruleId()).isEqualTo(rule.id());
                                assertThat(String.valueOf(r.recommended())).isEqualTo(c.expectedRecommended());
                            });
                }
            }
            case QUIET -> {
                assertThat(statuses).as(c + " findings " + mine).doesNotContain("FIRED", "NOT_EVALUATED");
                assertThat(statuses).as(c + ": the rule must have looked at something").contains("NOT_FIRED");
            }
            case NOT_EVALUATED -> {
                assertThat(statuses).as(c + " findings " + mine).contains("NOT_EVALUATED").doesNotContain("FIRED");
                assertThat(mine).filteredOn(f -> f.status().equals("NOT_EVALUATED"))
                        .allSatisfy(f -> assertThat(f.reason()).as("a NOT_EVALUATED finding names what is missing").isNotBlank());
            }
        }
        expectations(c, mine.stream().filter(f -> f.status().equals(c.outcome().status)).toList());
    }

    /** The exact expectations: {@code rows} are the rule's findings with the status the case's outcome promises. */
    private static void expectations(FixtureCase c, List<Analysis.FindingRow> rows) {
        String what = c + " " + c.outcome().status + " findings " + rows;
        if (c.expectedObjects() != null) {
            // A rule that changes two settings of one object (rsize and wsize) has a FIRED row per setting.
            assertThat(rows.stream().map(Analysis.FindingRow::object).distinct().toList()).as(what + ": expect.objects")
                    .containsExactlyInAnyOrderElementsOf(c.expectedObjects());
        }
        if (c.expectedCount() != null) {
            assertThat(rows).as(what + ": expect.count").hasSize(c.expectedCount());
        }
        if (c.expectedMissing() != null) {
            assertThat(rows).as(what + ": expect.missing: every NOT_EVALUATED finding names its missing input")
                    .allSatisfy(f -> assertThat(f.missing()).isNotNull());
            assertThat(rows.stream().map(f -> f.missing().key()).distinct().toList()).as(what + ": expect.missing")
                    .containsExactlyInAnyOrderElementsOf(c.expectedMissing());
        }
        if (c.expectedReasonContains() != null) {
            assertThat(rows).as(what + ": expect.reason~").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.reason()).contains(c.expectedReasonContains()));
        }
        if (c.expectedMessageContains() != null) {
            assertThat(rows).as(what + ": expect.message~").isNotEmpty()
                    .allSatisfy(f -> assertThat(f.message()).contains(c.expectedMessageContains()));
        }
    }

    static Map<String, RuleMeta> catalog() {
        return Rules.catalog();
    }
}
