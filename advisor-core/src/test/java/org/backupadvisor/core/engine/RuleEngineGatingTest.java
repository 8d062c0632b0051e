package org.backupadvisor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.backupadvisor.core.facts.Finding;
import org.backupadvisor.core.facts.FindingStatus;
import org.backupadvisor.core.facts.Recommendation;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The engine's contract on small DRL sets compiled here: one recommendation stands per knob per object, rules outside
 * their {@code @versions} never fire (so they cannot trigger other rules or outrank an in-range one), and a rule's
 * {@code @target} is an object type of its own product.
 */
class RuleEngineGatingTest {

    private static final String HEADER = """
            package t;
            import org.backupadvisor.core.engine.TestObject;
            import org.backupadvisor.core.facts.Recommendation;
            """;


    private static String rule(String id, String severity, String versions, String product, String target, String when,
                               String then) {
        return "rule \"" + id + "\"\n    @id(\"" + id + "\") @title(\"t\") @product(\"" + product + "\") @target(\"" + target
                + "\") @severity(\"" + severity + "\") @versions(\"" + versions + "\") @source(\"s.txt\") @risk(\"low\")\n"
                + "    agenda-group \"recommend\"\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    private static RuleEngine engine(String... rules) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/t/rules.drl", HEADER + String.join("\n", rules));
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        assertThat(kb.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        KieBase base = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        return RuleEngine.of(List.of(base));
    }

    private static final TestObject POLICY = new TestObject("p", "policy", "SP1");

    @Test
    void oneRecommendationStandsPerKnobAndTheOthersAreMergedIntoIt() {
        RuleEngine e = engine(
                rule("P-SEVERE", "HIGH", "all", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 2, \"severe\"));"),
                rule("P-LARGER", "LOW", "all", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 8, \"larger\"));"
                                // One rule reaching the knob through two branches says it once.
                                + "\n    insert(new Recommendation($o, \"streams\", 1, 8, \"larger\"));"),
                rule("P-OTHER", "LOW", "all", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"randomize\", false, true, \"another knob\"));"));

        RuleEngine.Result r = e.run(List.of(POLICY), Map.of());

        assertThat(r.recommendations()).extracting(Recommendation::getRuleId, Recommendation::getRecommended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-OTHER", true),
                        org.assertj.core.groups.Tuple.tuple("P-SEVERE", 2));
        assertThat(r.findings()).extracting(Finding::getRuleId, Finding::getStatus, Finding::getMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P-LARGER", FindingStatus.FIRED,
                        "p.policy.streams = 1: larger (merged into P-SEVERE's recommendation 2)"),
                org.assertj.core.groups.Tuple.tuple("P-OTHER", FindingStatus.FIRED,
                        "p.policy.randomize = false: another knob"),
                org.assertj.core.groups.Tuple.tuple("P-SEVERE", FindingStatus.FIRED, "p.policy.streams = 1: severe"));

        // Of the same severity, the larger value stands.
        RuleEngine sameSeverity = engine(
                rule("P-A", "LOW", "all", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 2, \"two\"));"),
                rule("P-B", "LOW", "all", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 8, \"eight\"));"));
        assertThat(sameSeverity.run(List.of(POLICY), Map.of()).recommendations()).singleElement()
                .extracting(Recommendation::getRuleId).isEqualTo("P-B");
    }

    @Test
    void aGatedRulesRecommendationDoesNotTriggerAnInRangeRule() {
        RuleEngine e = engine(
                rule("P-STREAMS", "HIGH", "5.0+", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 4, \"more streams\"));"),
                rule("P-RANDOMIZE", "MEDIUM", "all", "p", "policy",
                        "    $o : TestObject(objectType == \"policy\")\n"
                                + "    exists Recommendation(object == $o, field == \"streams\", recommendedNumber > 1)",
                        "    insert(new Recommendation($o, \"randomize\", false, true, \"several streams\"));"));

        RuleEngine.Result r = e.run(List.of(POLICY), Map.of("p", "4.2"));

        assertThat(r.recommendations()).isEmpty();
        assertThat(statusOf(r, "P-STREAMS")).isEqualTo(FindingStatus.NOT_EVALUATED);
        assertThat(finding(r, "P-STREAMS").getReason()).contains("5.0+").contains("4.2");
        assertThat(statusOf(r, "P-RANDOMIZE")).isEqualTo(FindingStatus.NOT_FIRED);

        // In range, the same rules chain as written.
        RuleEngine.Result inRange = e.run(List.of(POLICY), Map.of("p", "5.1"));
        assertThat(inRange.recommendations()).extracting(Recommendation::getRuleId)
                .containsExactlyInAnyOrder("P-STREAMS", "P-RANDOMIZE");
    }

    @Test
    void aGatedRuleCannotOutrankAnInRangeOne() {
        RuleEngine e = engine(
                rule("P-NEW", "HIGH", "5.0+", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 8, \"new releases\"));"),
                rule("P-OLD", "LOW", "all", "p", "policy", "    $o : TestObject(objectType == \"policy\")",
                        "    insert(new Recommendation($o, \"streams\", 1, 4, \"every release\"));"));

        RuleEngine.Result r = e.run(List.of(POLICY), Map.of("p", "4.2"));

        assertThat(r.recommendations()).singleElement().satisfies(x -> {
            assertThat(x.getRuleId()).isEqualTo("P-OLD");
            assertThat(x.getRecommended()).isEqualTo(4);
        });
    }

    @Test
    void aRulesTargetIsAnObjectTypeOfItsOwnProduct() {
        TestObject pClient = new TestObject("p", "client", "host-a");
        TestObject qClient = new TestObject("q", "client", "host-b");
        RuleEngine e = engine(rule("P-CLIENT", "LOW", "all", "p", "client",
                "    $o : TestObject(product == \"p\", objectType == \"client\", objectId == \"nothing\")",
                "    insert(new Recommendation($o, \"x\", 1, 2, \"never\"));"));

        RuleEngine.Result r = e.run(List.of(pClient, qClient), Map.of());

        assertThat(r.findings()).extracting(Finding::getObjectId).containsExactly("host-a");
        assertThat(r.findings()).singleElement().extracting(Finding::getStatus).isEqualTo(FindingStatus.NOT_FIRED);
    }

    @Test
    void aRuleWhoseProductIsAbsentSaysNothing() {
        RuleEngine e = engine(rule("P-CLIENT", "LOW", "all", "p", "client", "    $o : TestObject(objectId == \"nothing\")",
                "    insert(new Recommendation($o, \"x\", 1, 2, \"never\"));"));

        assertThat(e.run(List.of(new TestObject("q", "client", "host-b")), Map.of()).findings()).isEmpty();
        assertThat(e.run(List.of(new TestObject("p", "server", "s1")), Map.of()).findings()).singleElement()
                .satisfies(f -> assertThat(f.getReason()).isEqualTo("no p client in the inputs"));
    }

    private static Finding finding(RuleEngine.Result r, String id) {
        return r.findings().stream().filter(f -> id.equals(f.getRuleId())).findFirst().orElseThrow();
    }

    private static FindingStatus statusOf(RuleEngine.Result r, String id) {
        return finding(r, id).getStatus();
    }
}
