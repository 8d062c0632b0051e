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
import java.util.stream.Stream;
import org.backupadvisor.core.facts.RuleMeta;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build fails when a rule lacks any part of its contract (sonar-java GeneratedCheckListTest, PMD
 * AbstractRuleSetFactoryTest): metadata, a citation, its doc page, and fixtures for all three outcomes.
 */
class RuleCatalogMetaTest {
    private static final Path DRL_ROOT = Path.of("src/main/resources/rules");
    private static final List<String> DOC_SECTIONS = List.of("## What it checks", "## Why", "## Recommendation",
            "## When not to apply", "## Sources");

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

    private static void doc(RuleMeta r) throws IOException {
        String path = "rules/" + r.product() + "/" + r.id() + ".md";
        try (InputStream in = RuleCatalogMetaTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("doc page " + path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).as(path).startsWith("# " + r.id());
            for (String section : DOC_SECTIONS) {
                assertThat(text).as(path + " section").contains(section);
            }
        }
    }

    private static void fixtures(RuleMeta r) {
        List<FixtureCase> cases = FixtureCase.all(r.product()).getOrDefault(r.id(), List.of());
        for (FixtureCase.Outcome o : FixtureCase.Outcome.values()) {
            assertThat(cases).as(r.id() + ": needs a fixtures/" + r.product() + "/" + r.id() + "/" + o.prefix + "*/ case")
                    .anyMatch(c -> c.outcome() == o);
        }
        assertThat(cases).filteredOn(c -> c.outcome() == FixtureCase.Outcome.FIRES)
                .as(r.id() + ": at least one fires case states expect.recommended")
                .anyMatch(c -> c.expectedRecommended() != null);
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
        // Product folders hold one rule per file; rules/resolve holds the engine's cross-product resolution rule.
        java.util.Set<String> productFolders = new java.util.HashSet<>();
        Rules.catalog().values().forEach(r -> productFolders.add(r.product()));
        try (Stream<Path> drls = Files.walk(DRL_ROOT)) {
            List<String> ids = drls.filter(p -> p.toString().endsWith(".drl"))
                    .filter(p -> productFolders.contains(p.getParent().getFileName().toString()))
                    .map(p -> p.getFileName().toString().replace(".drl", "")).toList();
            assertThat(ids).isNotEmpty();
            assertThat(Rules.catalog().keySet()).as("DRL files without a rule of that id").containsAll(ids);
        }
        try (Stream<Path> dirs = Files.list(DRL_ROOT)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).filter(n -> !productFolders.contains(n)))
                    .as("rule folders other than products").containsOnly("resolve");
        }
    }
}
