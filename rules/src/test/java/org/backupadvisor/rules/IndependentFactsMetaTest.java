package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.analysis.Analyzer;
import org.backupadvisor.core.facts.Independent;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The engine fires the rules over {@link Independent} facts (Commvault subclients) in parts, each part in a session
 * with every other fact (RuleEngine.fire). That is the same analysis only if no rule relates two of them; this test
 * fails the build when a rule does:
 * <ul>
 *   <li>a rule matches at most one independent fact, as a positive pattern (not under not/exists, not in an
 *       accumulate, collect or from), and no rule matches a supertype of an independent class (ConfigObject());</li>
 *   <li>in DRL, every pattern over a rule's output (Recommendation, Finding, Advice) is tied to one object
 *       ({@code object == $x}), and a rule that matches an independent fact speaks only about it (its outputs'
 *       first argument is that fact's binding);</li>
 *   <li>and, by example: every fixture analysed with parts of one independent fact reads exactly as in one session.</li>
 * </ul>
 */
class IndependentFactsMetaTest {
    private static final Path DRL = Path.of("src/main/resources/rules");
    private static final Pattern OUTPUT_PATTERN = Pattern.compile("\\b(Recommendation|Finding|Advice)\\s*\\(");
    private static final Pattern OUTPUT_MADE = Pattern.compile(
            "(?:new\\s+(?:Recommendation|Advice|Finding)|\\b(?:Finding|Advice)\\s*\\.\\s*\\w+)\\s*\\(\\s*([^,)\\s]*)");

    private static List<RuleImpl> rules() {
        List<RuleImpl> rules = new ArrayList<>();
        for (KieBase kb : Rules.ENGINE.kieBases()) {
            for (KiePackage p : kb.getKiePackages()) {
                p.getRules().forEach(r -> rules.add((RuleImpl) r));
            }
        }
        return rules;
    }

    /** The {@link Independent} classes the rules match by name. */
    private static Set<Class<?>> independentClasses() {
        Set<Class<?>> independent = new HashSet<>();
        for (RuleImpl rule : rules()) {
            types(rule.getLhs(), new ArrayList<>()).forEach(t -> {
                if (t.isAnnotationPresent(Independent.class)) {
                    independent.add(t);
                }
            });
        }
        return independent;
    }

    @Test
    void noRuleRelatesTwoIndependentFacts() {
        Map<String, String> problems = new TreeMap<>();
        Set<Class<?>> independent = independentClasses();
        assertThat(independent).as("independent classes the rules match")
                .contains(org.backupadvisor.commvault.Subclient.class);
        for (RuleImpl rule : rules()) {
            String name = rule.getPackageName() + "." + rule.getName();
            List<String> positive = new ArrayList<>();
            walk(rule.getLhs(), true, (type, isPositive) -> {
                for (Class<?> i : independent) {
                    if (type == i && !isPositive) {
                        problems.put(name, i.getSimpleName() + " under not/exists/accumulate/collect/from");
                    } else if (type == i) {
                        positive.add(i.getSimpleName());
                    } else if (type.isAssignableFrom(i)) {
                        problems.put(name, "matches " + type.getSimpleName() + ", a supertype of independent "
                                + i.getSimpleName());
                    }
                }
            });
            if (positive.size() > 1) {
                problems.put(name, "matches " + positive.size() + " independent facts: " + positive);
            }
        }
        assertThat(problems).as("rules relating independent facts").isEmpty();
    }

    @Test
    void ruleOutputsAreTiedToOneObjectAndIndependentRulesSpeakOnlyOfTheirFact() throws IOException {
        Set<String> independentNames = new HashSet<>();
        independentClasses().forEach(c -> independentNames.add(c.getSimpleName()));
        Map<String, String> problems = new TreeMap<>();
        int outputPatterns = 0;
        int independentRules = 0;
        try (Stream<Path> files = Files.walk(DRL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(f).replaceAll("(?m)//.*$", "");
                for (String rule : drl.split("(?m)^\\s*rule\\s+")) {
                    int when = rule.indexOf("\nwhen");
                    int then = rule.indexOf("\nthen");
                    if (when < 0 || then < 0) {
                        continue;
                    }
                    String name = f.getFileName() + " " + rule.lines().findFirst().orElse("").trim();
                    String lhs = rule.substring(when, then);
                    String rhs = rule.substring(then);
                    Matcher m = OUTPUT_PATTERN.matcher(lhs);
                    while (m.find()) {
                        outputPatterns++;
                        String constraints = balanced(lhs, m.end() - 1);
                        if (!constraints.matches("(?s).*\\bobject\\s*==\\s*\\$\\w+.*")) {
                            problems.put(name, m.group(1) + " pattern not tied to one object: " + constraints);
                        }
                    }
                    for (String type : independentNames) {
                        Matcher bound = Pattern.compile("(\\$\\w+)\\s*:\\s*" + type + "\\s*\\(").matcher(lhs);
                        if (!bound.find()) {
                            continue;
                        }
                        independentRules++;
                        Matcher made = OUTPUT_MADE.matcher(rhs);
                        while (made.find()) {
                            if (!made.group(1).equals(bound.group(1))) {
                                problems.put(name, "an output about " + made.group(1) + ", not the " + type + " "
                                        + bound.group(1) + " it matched");
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).as("rule outputs not tied to their object").isEmpty();
        assertThat(outputPatterns).as("output patterns checked").isGreaterThanOrEqualTo(3);
        assertThat(independentRules).as("rules over subclients checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyFixtureReadsTheSameInPartsOfOneAsInOneSession() {
        Analyzer whole = Rules.analyzer();
        Analyzer inParts = new Analyzer(Rules.PLUGINS, Rules.ENGINE.withPartSize(1), "test");
        List<FixtureCase> cases = FixtureCase.everyCase();
        for (FixtureCase c : cases) {
            assertThat(outcome(inParts, c)).as(c + " in parts of one subclient").isEqualTo(outcome(whole, c));
        }
        assertThat(cases).hasSizeGreaterThan(100);
        assertThat(cases.stream().filter(c -> c.toString().contains("CV-SUBCLIENT"))).as("subclient rule fixtures")
                .hasSizeGreaterThan(8);
    }

    /**
     * Fixtures hold one or two subclients; here 41 of every kind the subclient rules tell apart (readers absent, 0 or
     * 1-4, multiple readers on or off, 0-3 content paths, storageDevice exported or not, network agents, read size,
     * throttle, the S1 tape policy or one not in the inputs), in parts of 1, 4 and 10 against one session.
     */
    @Test
    void aCommCellOfManySubclientsReadsTheSameInAnyParts() throws IOException {
        Path example = Path.of("../examples/commvault/weekend-window");
        List<org.backupadvisor.core.input.InputFile> files = new ArrayList<>();
        for (String f : List.of("storage-policy-17.json", "storage-policy-17-copy-31.json", "media-agent-2.json")) {
            files.add(new org.backupadvisor.core.input.InputFile(f, Files.readAllBytes(example.resolve(f))));
        }
        StringBuilder json = new StringBuilder("{\"subClientProperties\": [");
        for (int i = 0; i < 41; i++) {
            String readers = i % 6 == 5 ? "" : "\"numberOfBackupStreams\": " + (i % 6) + ", ";
            String device = i % 7 == 6 ? "" : ", \"storageDevice\": {\"networkAgents\": " + (1 + i % 4)
                    + ", \"applicableReadSize\": " + (i % 3 == 0 ? 64 : 512) + ", \"throttleNetworkBandwidth\": "
                    + (i % 5 == 0 ? 50000 : 0) + ", \"dataBackupStoragePolicy\": {\"storagePolicyName\": \""
                    + (i % 8 == 7 ? "SP-Missing" : "SP-T50e-LTO5") + "\"}}";
            StringBuilder content = new StringBuilder();
            for (int c = 0; c < i % 4; c++) {
                content.append(c == 0 ? "" : ", ").append("{\"path\": \"/data/").append(i).append('/').append(c)
                        .append("\"}");
            }
            json.append(i == 0 ? "" : ", ").append("{\"subClientEntity\": {\"clientName\": \"client").append(i / 3)
                    .append("\", \"appName\": \"File System\", \"backupsetName\": \"defaultBackupSet\", "
                            + "\"subclientName\": \"sc").append(i).append("\", \"subclientId\": ").append(5000 + i)
                    .append("}, \"commonProperties\": {").append(readers).append("\"allowMultipleDataReaders\": ")
                    .append(i % 3 == 1).append(device).append("}, \"content\": [").append(content).append("]}");
        }
        files.add(new org.backupadvisor.core.input.InputFile("subclients.json",
                json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.backupadvisor.core.measure.Measurements.Builder m = org.backupadvisor.core.measure.Measurements.builder();
        m.parse("throughput.current", "290GB/hr", "test");
        m.parse("tape.drives", "2", "test");
        m.parse("tape.driveWrite", "120MB/s", "test");
        m.parse("network.linkSpeed", "10Gbit/s", "test");
        AnalysisRequest request = new AnalysisRequest(files, org.backupadvisor.core.measure.Target.of(
                org.backupadvisor.core.units.DataRate.parse("173MB/s")), m.build()).withNotFiredListed();
        String whole = outcome(Rules.analyzer(), request);
        assertThat(whole).contains("CV-SUBCLIENT-DATA-READERS", "CV-SUBCLIENT-MULTIPLE-READERS",
                "CV-SUBCLIENT-NETWORK-AGENTS", "CV-SUBCLIENT-READ-SIZE", "CV-SUBCLIENT-THROTTLE", "NOT_EVALUATED",
                "NOT_FIRED").doesNotStartWith("error");
        for (int size : new int[] {1, 4, 10}) {
            assertThat(outcome(new Analyzer(Rules.PLUGINS, Rules.ENGINE.withPartSize(size), "test"), request))
                    .as("parts of " + size).isEqualTo(whole);
        }
    }

    private static String outcome(Analyzer analyzer, FixtureCase c) {
        return outcome(analyzer, new AnalysisRequest(c.files(), c.target(), c.measurements()).withNotFiredListed());
    }

    private static String outcome(Analyzer analyzer, AnalysisRequest request) {
        try {
            Analysis a = analyzer.analyze(request);
            return AnalysisJson.write(new Analysis(a.schemaVersion(), "id", "time", a.advisorVersion(), a.inputs(),
                    a.target(), a.measured(), a.today(), a.projected(), a.targetMet(), a.bottleneck(), a.steps(),
                    a.recommendations(), a.findings(), a.assumptions(), a.verdict(), a.goals(), a.advice(), a.skipped(),
                    a.versions(), a.notFired()));
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();   // a fixture that must fail fails the same way in parts
        }
    }

    private interface PatternVisitor {
        void visit(Class<?> type, boolean positive);
    }

    /** Every pattern's class, with whether it is positive (under and/or only, read from working memory). */
    private static void walk(RuleConditionElement e, boolean positive, PatternVisitor v) {
        if (e instanceof org.drools.base.rule.Pattern p) {
            boolean fromMemory = p.getSource() == null;
            if (p.getObjectType() instanceof ClassObjectType t) {
                v.visit(t.getClassType(), positive && fromMemory);
            }
            if (p.getSource() != null) {
                walk(p.getSource(), false, v);
            }
            return;
        }
        boolean stays = positive && e instanceof GroupElement g && (g.isAnd() || g.isOr());
        for (RuleConditionElement c : e.getNestedElements()) {
            walk(c, stays, v);
        }
    }

    private static List<Class<?>> types(RuleConditionElement e, List<Class<?>> out) {
        walk(e, true, (t, p) -> out.add(t));
        return out;
    }

    /** The text inside the parenthesis that opens at {@code open}. */
    private static String balanced(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        throw new UncheckedIOException(new IOException("unbalanced parenthesis in DRL at " + open));
    }
}
