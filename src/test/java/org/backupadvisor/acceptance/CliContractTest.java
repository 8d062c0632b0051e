package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of DESIGN.md §4 beyond the scenario: output file, exit codes, catalogue, help and version. */
class CliContractTest {
    static final String EXAMPLE = "../examples/commvault/weekend-window/";

    @TempDir
    Path tmp;

    @Test
    void outputFileHoldsTheSameJsonContract() throws Exception {
        Path out = tmp.resolve("reports/s1.json");
        Cli.Result r = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--format", "json", "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        Analysis a = AnalysisJson.read(Files.readString(out));
        assertThat(a.target().source()).contains("173");
        assertThat(a.recommendations()).isNotEmpty();
    }

    @Test
    void aZipOfTheExportsIsTheSameEnvironmentAsTheFolder() throws Exception {
        Path zip = tmp.resolve("weekend-window.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             var files = Files.list(Path.of(EXAMPLE))) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("weekend-window/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        String[] common = {"--target", "173MB/s", "--measured", "290GB/hr", "--measure", "tape.drives=2",
                "--measure", "tape.driveWrite=120MB/s", "--format", "json"};
        Analysis fromZip = AnalysisJson.read(Cli.run(concat(zip.toString(), common)).out());
        Analysis fromFolder = AnalysisJson.read(Cli.run(concat(EXAMPLE, common)).out());
        assertThat(fromZip.inputs()).hasSize(5).allSatisfy(i -> assertThat(i.file()).contains(".zip!/weekend-window/"));
        assertThat(fromZip.inputs()).extracting(Analysis.Input::sha256)
                .containsExactlyInAnyOrderElementsOf(fromFolder.inputs().stream().map(Analysis.Input::sha256).toList());
        assertThat(fromZip.projected().bytesPerSecond()).isEqualTo(fromFolder.projected().bytesPerSecond());
        assertThat(fromZip.recommendations()).extracting(Analysis.Rec::setting)
                .containsExactlyElementsOf(fromFolder.recommendations().stream().map(Analysis.Rec::setting).toList());
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = "analyze";
        all[1] = first;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    @Test
    void failOnReturnsOneWhenARecommendationIsThatSevere() {
        Cli.Result high = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--fail-on", "high");
        assertThat(high.exit()).isEqualTo(1);
        assertThat(high.out()).contains("Plan");
        Cli.Result critical = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--fail-on", "critical");
        assertThat(critical.exit()).isZero();
    }

    @Test
    void jobHistoryServesAsTheMeasuredThroughputWhenNoneIsGiven() throws Exception {
        Cli.Result r = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measure", "tape.drives=2", "--format", "json");
        Analysis a = AnalysisJson.read(r.out());
        // jobs.json: averageThroughput 290 GB/hr in Commvault's GB of 2^30 bytes.
        assertThat(a.measured().bytesPerSecond()).isCloseTo(290 * Math.pow(2, 30) / 3600, org.assertj.core.api.Assertions.within(1.0));
        assertThat(a.measured().source()).contains("jobs.json").contains("1024");
    }

    @Test
    void measurementsFileInYaml() throws Exception {
        Path m = tmp.resolve("m.yaml");
        Files.writeString(m, "tape.drives: 2\ntape.driveWrite: 120MB/s\nthroughput.current: 290GB/hr\n");
        Cli.Result r = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measurements", m.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.bottleneck().description()).contains("2 tape drive");
    }

    @Test
    void rulesListJsonIsAnArrayOfTheDocumentedFields() throws Exception {
        Cli.Result r = Cli.run("rules", "list", "--format", "json");
        assertThat(r.exit()).isZero();
        List<Map<String, Object>> rows = AnalysisJson.mapper().readValue(r.out(),
                new tools.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
        assertThat(rows).hasSizeGreaterThanOrEqualTo(11);
        assertThat(rows).allSatisfy(row -> assertThat(row).containsOnlyKeys("id", "product", "severity", "title",
                "source", "versions"));
        assertThat(rows).extracting(row -> row.get("id")).contains("CV-SUBCLIENT-DATA-READERS", "CV-COPY-MULTIPLEXING");
    }

    @Test
    void rulesShowPrintsTheDocPage() {
        Cli.Result r = Cli.run("rules", "show", "CV-COPY-MULTIPLEXING");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("CV-COPY-MULTIPLEXING").contains("002_f55c07ee0bd86849.txt").contains("## Why");
        Cli.Result unknown = Cli.run("rules", "show", "CV-NOPE");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("CV-NOPE");
    }

    @Test
    void pluginsListsCommvaultAndItsFormats() {
        Cli.Result r = Cli.run("plugins");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("commvault").contains("GET /V4/mediaAgent/{id}").contains("App_UpdateStoragePolicyCopyReq");
    }

    @Test
    void pluginsListsThePlatformAndRulesListFiltersByProduct() {
        Cli.Result r = Cli.run("plugins");
        assertThat(r.out()).contains("platform — Platform").contains("reg export").contains("/etc/system");
        Cli.Result rules = Cli.run("rules", "list", "--product", "platform");
        assertThat(rules.exit()).isZero();
        assertThat(rules.out()).contains("PF-NFS-RSIZE-WSIZE").contains("PF-WIN-SMB-REGISTRY")
                .contains("PF-SOLARIS-NFS3-TRANSFER").doesNotContain("CV-");
    }

    @Test
    void aReplicationGoalAloneNeedsNoTarget() {
        Cli.Result r = Cli.run("analyze", EXAMPLE, "--measure", "replication.size=50TB", "--measure",
                "replication.window=24h", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.goals()).singleElement().satisfies(g -> {
            assertThat(g.phase()).isEqualTo("replication");
            assertThat(g.target().bytesPerSecond()).isCloseTo(50e12 / 86400, org.assertj.core.api.Assertions.within(1.0));
            assertThat(g.windowSeconds()).isEqualTo(86400.0);
            assertThat(g.paths()).isEmpty();
            assertThat(g.verdict()).isEqualTo(Analysis.UNPRICED);
        });
        assertThat(a.assumptions()).anySatisfy(s -> assertThat(s).contains("no replication path in the inputs"));
    }

    @Test
    void helpAndVersionEverywhere() {
        for (String[] args : List.of(new String[]{"--help"}, new String[]{"analyze", "--help"},
                new String[]{"rules", "--help"}, new String[]{"rules", "list", "--help"}, new String[]{"plugins", "--help"})) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
        for (String[] args : List.of(new String[]{"--version"}, new String[]{"analyze", "--version"},
                new String[]{"rules", "--version"}, new String[]{"plugins", "--version"})) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("backup-advisor ");
        }
    }

    @Test
    void analyzeHelpListsEveryMeasurementKey() {
        String help = Cli.run("analyze", "--help").out();
        for (org.backupadvisor.core.measure.MeasurementKey k : org.backupadvisor.core.measure.MeasurementKey.values()) {
            assertThat(help).as("analyze --help lists " + k.key()).contains(k.key());
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("analyse-everything");
        Cli.oneLineError(r, 2);
    }
}
