package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.PluginRegistry;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Idempotence (research/peers-and-style.md, "never-converging advice"): analyse a fires case, apply every
 * recommended value to its objects, analyse again, and no recommendation may touch the same knobs a second time.
 * Both runs go through the {@link org.backupadvisor.core.analysis.Analyzer} (detection, parsing, version gating,
 * rules, planning), once on the parsed environments and once on the same environments with the plan applied: each
 * plugin is wrapped so that its {@code parse} returns what the test says. Every product folder under the fixtures
 * takes part.
 */
class PlanConvergesTest {

    @TestFactory
    Stream<DynamicTest> applyingThePlanLeavesNothingToChangeOnThoseKnobs() {
        List<DynamicTest> tests = new ArrayList<>();
        List<FixtureCase> fires = FixtureCase.everyCase().stream()
                .filter(c -> c.outcome() == FixtureCase.Outcome.FIRES).toList();
        for (FixtureCase c : FixtureCase.focusedOrAll(fires)) {
            tests.add(DynamicTest.dynamicTest(c.product() + "/" + c, () -> converges(c)));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void converges(FixtureCase c) {
        AnalysisRequest request = new AnalysisRequest(c.files(), c.target(), c.measurements());
        Map<String, ProductEnvironment> parsed = new LinkedHashMap<>();
        Analysis first = Rules.analyzer(plugins(env -> {
            parsed.put(env.product(), env);
            return env;
        })).analyze(request);
        assertThat(first.recommendations()).as(c + ": the fires case recommends something").isNotEmpty();
        Set<String> knobs = first.recommendations().stream().map(PlanConvergesTest::knob).collect(Collectors.toSet());

        Map<String, ProductEnvironment> applied = new LinkedHashMap<>();
        parsed.forEach((product, env) -> applied.put(product, env.apply(changes(env, first.recommendations()))));
        Analysis second = Rules.analyzer(plugins(env -> applied.get(env.product()))).analyze(request);
        assertThat(second.recommendations()).as(c + ": recommendations after applying " + knobs)
                .noneMatch(r -> knobs.contains(knob(r)));
    }

    private static String knob(Analysis.Rec r) {
        return Recommendation.knob(r.setting(), r.object());
    }

    /** The typed changes {@code env}'s plugin applies, rebuilt from the analysis rows of its product. */
    private static List<Recommendation> changes(ProductEnvironment env, List<Analysis.Rec> recs) {
        List<Recommendation> out = new ArrayList<>();
        for (Analysis.Rec r : recs) {
            if (!r.product().equals(env.product())) {
                continue;
            }
            ConfigObject object = env.objects().stream()
                    .filter(o -> r.object().equals(o.objectId())
                            && r.setting().startsWith(o.product() + "." + o.objectType() + "."))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no object " + r.object() + " for " + r.setting()));
            String field = r.setting().substring((object.product() + "." + object.objectType() + ".").length());
            out.add(new Recommendation(object, field, r.current(), r.recommended(), r.why()));
        }
        return out;
    }

    /** The plugins on the class path, each one's parse result passed through {@code onParse}. */
    private static PluginRegistry plugins(UnaryOperator<ProductEnvironment> onParse) {
        List<ProductPlugin> wrapped = new ArrayList<>();
        for (ProductPlugin p : Rules.PLUGINS.plugins()) {
            wrapped.add((ProductPlugin) Proxy.newProxyInstance(PlanConvergesTest.class.getClassLoader(),
                    new Class<?>[] {ProductPlugin.class}, (proxy, method, args) -> {
                        try {
                            Object result = method.invoke(p, args);
                            return method.getName().equals("parse")
                                    ? onParse.apply((ProductEnvironment) result) : result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
        }
        return new PluginRegistry(wrapped);
    }
}
