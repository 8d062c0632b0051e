package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.measure.MeasurementKey;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build fails when a rule lacks any part of its contract (sonar-java GeneratedCheckListTest, PMD
 * AbstractRuleSetFactoryTest): metadata, a citation, its doc page (whose header states the DRL metadata, PMD's
 * generated rule docs, and whose "Not evaluated when" names every missing input the DRL can report), fixtures for all
 * three outcomes, and fixture cases that state exact expectations ({@link FixtureCase}).
 */
class RuleCatalogMetaTest {
    static final Path DRL_ROOT = Path.of("src/main/resources/rules");
    private static final List<String> DOC_SECTIONS = List.of("## What it checks", "## Not evaluated when", "## Why",
            "## Recommendation", "## When not to apply", "## Sources");
    static final String NOT_EVALUATED_SECTION = "## Not evaluated when";
    private static final Pattern MISSING_MEASUREMENT =
            Pattern.compile("Missing\\.measurement\\(\\s*MeasurementKey\\.([A-Z_]+)\\s*\\)");
    private static final Pattern MISSING_FIELD =
            Pattern.compile("Missing\\.(?:field|export)\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void theCatalogIsNotEmptyAndRulesComeFromTheExecutableModel() throws IOException {
        assertThat(Rules.catalog()).isNotEmpty();
        // kie-maven-plugin silently skips the executable model unless drools-engine is a direct dependency.
        assertThat(Path.of("target/classes/META-INF/kie/org.backupadvisor/advisor-rules/drools-model"))
                .as("executable model generated at build time").exists();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasItsContract() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMeta r : Rules.catalog().values()) {
            tests.add(DynamicTest.dynamicTest(r.id() + " metadata", () -> metadata(r)));
            tests.add(DynamicTest.dynamicTest(r.id() + " DRL file", () -> drlFile(r)));
            tests.add(DynamicTest.dynamicTest(r.id() + " doc page", () -> doc(r)));
            tests.add(DynamicTest.dynamicTest(r.id() + " fixtures", () -> fixtures(r)));
        }
        return tests.stream();
    }

    private static void metadata(RuleMeta r) {
        assertThat(r.id()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
        for (String field : RuleMeta.REQUIRED) {
            Object v = switch (field) {
                case "id" -> r.id();
                case "title" -> r.title();
                case "product" -> r.product();
                case "severity" -> r.severity();
                case "target" -> r.target();
                case "versions" -> r.versions();
                case "source" -> r.source();
                case "risk" -> r.risk();
                default -> throw new IllegalStateException(field);
            };
            assertThat(v).as(r.id() + " @" + field).isNotNull();
            assertThat(v.toString()).as(r.id() + " @" + field).isNotBlank();
        }
        assertThat(org.backupadvisor.core.spi.PluginRegistry.load(RuleCatalogMetaTest.class.getClassLoader()).byId(r.product()).orElseThrow().versionScheme().parseRange(r.versions()))
                .as(r.id() + " @versions must be vA[ SPn][-vB[ SPn] | +], e.g. v10-v11 or v11 SP20+").isPresent();
        // A citation names a seed document or a vendor/research source.
        assertThat(r.source()).as(r.id() + " @source cites a seed file or a vendor document")
                .containsAnyOf(".txt", "documentation.", "research/", "docs.", "OpenAPI");
    }

    private static void drlFile(RuleMeta r) {
        Path drl = DRL_ROOT.resolve(r.product()).resolve(r.id() + ".drl");
        assertThat(drl).as("one DRL file per rule, named after its id").exists();
        assertThat(Rules.ENGINE.ruleNamesById().get(r.id())).as(r.id() + " DRL rules")
                .allSatisfy(name -> assertThat(name).startsWith("rules." + r.product() + "."));
    }

    /**
     * The first three lines of a rule's page, exactly as its DRL metadata says:
     * <pre>
     * # CV-POLICY-DEVICE-STREAMS: Storage policy device streams below twice the number of tape drives
     *
     * Severity HIGH · target storagePolicy · product commvault · versions v10-v11
     * </pre>
     */
    static List<String> docHeader(RuleMeta r) {
        return List.of("# " + r.id() + ": " + r.title(), "",
                "Severity " + r.severity().name() + " · target " + r.target() + " · product " + r.product()
                        + " · versions " + r.versions());
    }

    private static void doc(RuleMeta r) throws IOException {
        String path = "rules/" + r.product() + "/" + r.id() + ".md";
        try (InputStream in = RuleCatalogMetaTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("doc page " + path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertThat(lines.subList(0, Math.min(3, lines.size()))).as(path + ": the header states the DRL metadata")
                    .containsExactlyElementsOf(docHeader(r));
            for (String section : DOC_SECTIONS) {
                assertThat(lines).as(path + " section").contains(section);
            }
            String notEvaluated = section(text, NOT_EVALUATED_SECTION);
            for (String key : missingKeys(DRL_ROOT.resolve(r.product()).resolve(r.id() + ".drl"))) {
                assertThat(notEvaluated).as(path + ": \"" + NOT_EVALUATED_SECTION + "\" names the missing input `" + key
                        + "` that the DRL can report").contains("`" + key + "`");
            }
        }
    }

    /**
     * The missing-input keys a DRL file can report: {@code Missing.measurement(MeasurementKey.X)} gives X's key,
     * {@code Missing.field("y", ...)} and {@code Missing.export("y", ...)} give y. A key built at run time (a
     * concatenation) cannot be checked and is left out.
     */
    static Set<String> missingKeys(Path drl) throws IOException {
        String text = Files.readString(drl);
        Set<String> keys = new TreeSet<>();
        Matcher m = MISSING_MEASUREMENT.matcher(text);
        while (m.find()) {
            keys.add(MeasurementKey.valueOf(m.group(1)).key());
        }
        m = MISSING_FIELD.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** The text of a "## " section, up to the next one. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        if (start < 0) {
            return "";
        }
        int end = text.indexOf("\n## ", start + heading.length() + 1);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static void fixtures(RuleMeta r) throws IOException {
        List<FixtureCase> cases = FixtureCase.all(r.product()).getOrDefault(r.id(), List.of());
        boolean neverNotEvaluated = neverNotEvaluated(r);
        for (FixtureCase.Outcome o : FixtureCase.Outcome.values()) {
            if (o == FixtureCase.Outcome.NOT_EVALUATED && neverNotEvaluated) {
                assertThat(cases).as(r.id() + ": its page says it is never NOT_EVALUATED, so no not-evaluated case")
                        .noneMatch(c -> c.outcome() == o);
                continue;
            }
            assertThat(cases).as(r.id() + ": needs a fixtures/" + r.product() + "/" + r.id() + "/" + o.prefix + "*/ case")
                    .anyMatch(c -> c.outcome() == o);
        }
        assertThat(cases).filteredOn(c -> c.outcome() == FixtureCase.Outcome.FIRES)
                .as(r.id() + ": at least one fires case states expect.recommended or expect.advice")
                .anyMatch(c -> c.expectedRecommended() != null || c.expectedAdvice() != null);
    }

    /**
     * A rule whose page's "Not evaluated when" section opens with "Never" (every input it reads is always in the
     * exports it applies to, and it is not version-gated): the DRL must then report no missing input either.
     */
    private static boolean neverNotEvaluated(RuleMeta r) throws IOException {
        String path = "rules/" + r.product() + "/" + r.id() + ".md";
        try (InputStream in = RuleCatalogMetaTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return false;
            }
            String body = section(new String(in.readAllBytes(), StandardCharsets.UTF_8), NOT_EVALUATED_SECTION).strip();
            body = body.substring(Math.min(body.length(), NOT_EVALUATED_SECTION.length())).strip();
            boolean never = body.startsWith("Never");
            if (never) {
                assertThat(missingKeys(DRL_ROOT.resolve(r.product()).resolve(r.id() + ".drl")))
                        .as(r.id() + ": a rule that is never NOT_EVALUATED reports no missing input").isEmpty();
                assertThat(r.versions()).as(r.id() + ": a version-gated rule can be NOT_EVALUATED").isEqualTo("all");
            }
            return never;
        }
    }

    /** Each case states what it expects, exactly enough to catch a rule that fires on the wrong object or input. */
    @TestFactory
    Stream<DynamicTest> everyFixtureCaseStatesItsExpectations() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FixtureCase c : FixtureCase.everyCase()) {
            tests.add(DynamicTest.dynamicTest(c + " expectations", () -> expectations(c)));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void expectations(FixtureCase c) {
        assertThat(c.focused()).as(c + ": focus=true is for running one case while you work on it; remove it")
                .isFalse();
        assertThat(c.unknownKeys()).as(c + ": case.properties keys nobody reads (see FixtureCase)").isEmpty();
        assertThat(c.emptied()).as(c + ": an empty expect.* key states nothing (a NOT_EVALUATED row without a missing "
                + "input is stated with expect.reason~)").noneMatch(k -> k.startsWith("expect."));
        if (c.outcome() == FixtureCase.Outcome.FIRES || c.outcome() == FixtureCase.Outcome.NOT_EVALUATED) {
            assertThat(c.expectedObjects())
                    .as(c + ": a " + c.outcome().prefix + " case names its objects: expect.objects=")
                    .isNotNull().isNotEmpty();
        }
        if (c.outcome() == FixtureCase.Outcome.NOT_EVALUATED) {
            assertThat(c.expectedMissing() != null || c.expectedReasonContains() != null)
                    .as(c + ": a not-evaluated case says what is missing: expect.missing=<key>, or "
                            + "expect.reason~=<text> when the row names no missing input").isTrue();
        } else {
            assertThat(c.expectedMissing()).as(c + ": expect.missing is for not-evaluated cases").isNull();
        }
        if (c.expectedCount() != null && c.expectedObjects() != null) {
            assertThat(c.expectedObjects()).as(c + ": expect.objects and expect.count agree")
                    .hasSize(c.expectedCount());
        }
    }

    @Test
    void everyFixtureFolderBelongsToARule() throws IOException {
        List<String> products;
        try (Stream<Path> dirs = Files.list(FixtureCase.ROOT)) {
            products = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
        for (String product : products) {
            Map<String, List<FixtureCase>> all = FixtureCase.all(product);
            assertThat(Rules.catalog().keySet()).as("fixture folders without a rule").containsAll(all.keySet());
        }
        // Product folders hold one rule per file, and nothing else does (the engine settles knob conflicts itself).
        java.util.Set<String> productFolders = new java.util.HashSet<>();
        Rules.catalog().values().forEach(r -> productFolders.add(r.product()));
        // Files starting with "_" hold shared DRL functions, not rules (like fixtures/<product>/_base).
        try (Stream<Path> drls = Files.walk(DRL_ROOT)) {
            List<String> ids = drls.filter(p -> p.toString().endsWith(".drl"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .filter(p -> productFolders.contains(p.getParent().getFileName().toString()))
                    .map(p -> p.getFileName().toString().replace(".drl", "")).toList();
            assertThat(ids).isNotEmpty();
            assertThat(Rules.catalog().keySet()).as("DRL files without a rule of that id").containsAll(ids);
        }
        try (Stream<Path> dirs = Files.list(DRL_ROOT)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).filter(n -> !productFolders.contains(n)))
                    .as("rule folders other than products").isEmpty();
        }
    }
}
