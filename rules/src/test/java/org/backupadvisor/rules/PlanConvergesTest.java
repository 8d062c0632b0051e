package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.facts.AnalysisContext;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Idempotence (research/peers-and-style.md, "never-converging advice"): apply every recommended value to the
 * fixture's objects, analyse again, and no recommendation may touch the same knobs a second time.
 */
class PlanConvergesTest {

    @TestFactory
    Stream<DynamicTest> applyingThePlanLeavesNothingToChangeOnThoseKnobs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String product : List.of("commvault")) {
            FixtureCase.all(product).values().stream().flatMap(List::stream)
                    .filter(c -> c.outcome() == FixtureCase.Outcome.FIRES)
                    .forEach(c -> tests.add(DynamicTest.dynamicTest(c.toString(), () -> converges(product, c))));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void converges(String product, FixtureCase c) {
        ProductPlugin plugin = Rules.PLUGINS.byId(product).orElseThrow();
        ProductEnvironment env = plugin.parse(c.files());
        Measurements m = c.measurements().withDefaults(env.measurements());
        double target = c.target().rate().bytesPerSecond();

        List<Recommendation> first = run(env, m, target);
        assertThat(first).as(c + ": the fires case recommends something").isNotEmpty();
        Set<String> knobs = first.stream().map(Recommendation::getKnob).collect(Collectors.toSet());

        ProductEnvironment after = env.apply(first);
        List<Recommendation> second = run(after, m, target);
        assertThat(second).as(c + ": recommendations after applying " + first)
                .noneMatch(r -> knobs.contains(r.getKnob()));
    }

    private static List<Recommendation> run(ProductEnvironment env, Measurements m, double target) {
        RuleEngine engine = Rules.ENGINE;
        List<Object> facts = new ArrayList<>(env.facts());
        facts.add(m);
        facts.add(new AnalysisContext(target, m.getThroughputCurrent()));
        return engine.run(facts).recommendations();
    }
}
