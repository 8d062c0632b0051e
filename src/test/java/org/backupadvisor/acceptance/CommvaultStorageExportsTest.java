package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CommCell export folder with the responses admins pull beside the ones the analysis needs: a tape library's GET
 * (its DriveList gives tape.drives), list responses that name objects only, GET /Client and GET /AlertRule, and JSON
 * from other tools that happens to use "policies" or "jobSummary". Shapes from cvpysdk (storage.py, storage_pool.py,
 * plan.py, alert.py, client.py).
 */
class CommvaultStorageExportsTest {
    static final Path RESPONSES = Cli.ROOT.resolve("src/test/resources/commvault-storage");

    @TempDir
    Path tmp;

    private Path bundle(String... extra) throws Exception {
        Path b = Files.createDirectories(tmp.resolve("cs01"));
        try (var s = Files.list(Cli.ROOT.resolve("examples/commvault/weekend-window"))) {
            for (Path p : s.toList()) {
                Files.copy(p, b.resolve(p.getFileName()));
            }
        }
        for (String name : extra) {
            Files.copy(RESPONSES.resolve(name), b.resolve(name));
        }
        return b;
    }

    @Test
    void theTapeLibraryGetGivesTheDrivesTheUserDidNotMeasure() throws Exception {
        Path b = bundle("library-5.json");

        Cli.Result r = Cli.run("analyze", b.toString(), "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.driveWrite=120MB/s", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.inputs()).hasSize(6);
        // The library lists 3 drives: 3 × 120 MB/s caps the projection, and no finding asks for tape.drives.
        assertThat(a.projected().bytesPerSecond()).isLessThanOrEqualTo(360e6 + 1);
        assertThat(r.out()).contains("3 tape drive(s)");
        assertThat(a.findings()).noneSatisfy(f -> assertThat(f.missing()).isNotNull()
                .satisfies(m -> assertThat(m.key()).isEqualTo("tape.drives")));
        // The user's measurement still wins over the export.
        Cli.Result measured = Cli.run("analyze", b.toString(), "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--format", "json");
        assertThat(measured.out()).contains("2 tape drive(s)").doesNotContain("3 tape drive(s)");
    }

    @Test
    void responsesTheAnalysisDoesNotUseAreSkippedByName() throws Exception {
        Path b = bundle("libraries.json", "clients.json", "alerts.json", "plans.json", "iam-policies.json", "ci-jobs.json");

        Cli.Result r = Cli.run("analyze", b.toString(), "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.inputs()).hasSize(5);
        assertThat(a.skipped()).hasSize(6)
                .anySatisfy(s -> assertThat(s).contains("libraries.json — a Commvault list response (entityInfo"))
                .anySatisfy(s -> assertThat(s).contains("clients.json — a Commvault GET /Client response"))
                .anySatisfy(s -> assertThat(s).contains("alerts.json — a Commvault GET /AlertRule response"))
                .anySatisfy(s -> assertThat(s).contains("plans.json — a Commvault plan list (GET /V2/Plan)"))
                .anySatisfy(s -> assertThat(s).contains("iam-policies.json — not an export"))
                .anySatisfy(s -> assertThat(s).contains("ci-jobs.json — not an export"));
        // Named on the command line, an unused response is still exit 2 with what it is.
        Cli.Result named = Cli.run("analyze", b.resolve("clients.json").toString(), "--target", "173MB/s");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).contains("clients.json: a Commvault GET /Client response");
    }
}
