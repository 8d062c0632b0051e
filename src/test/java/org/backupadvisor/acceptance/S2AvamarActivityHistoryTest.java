package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S2 with the replication job history in the bundle: {@code mccli activity show --verbose=true --xml} supplies
 * replication.duration (36 h) and replication.size (45.5 TB as mccli writes it, 2^40 B each) when the user did not
 * measure them; the user's --measure wins; a bad history value is one line naming file and line, exit 2.
 */
class S2AvamarActivityHistoryTest {
    static final Path BUNDLE = Cli.ROOT.resolve(S2AvamarReplicationTest.BUNDLE);
    static final Path HISTORY = Cli.ROOT.resolve("plugins/avamar/src/test/resources/samples/mccli-activity-show.xml");

    private static Path bundle(Path dir) throws Exception {
        for (String f : new String[] {"NOTES.txt", "datadomains.json", "replication-group.json"}) {
            Files.copy(BUNDLE.resolve(f), dir.resolve(f));
        }
        Files.copy(HISTORY, dir.resolve("activity.xml"));
        return dir;
    }

    private static Analysis.GoalResult replication(Analysis a) {
        return a.goals().stream().filter(g -> g.phase().equals("replication")).findFirst().orElseThrow();
    }

    @Test
    void theHistoryGivesDurationAndSizeAndTheNotesAreSkipped(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("analyze", bundle(dir).toString(), "--measure", "replication.window=24h",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.inputs()).anySatisfy(i -> {
            assertThat(i.file()).endsWith("activity.xml");
            assertThat(i.product()).isEqualTo("avamar");
            assertThat(i.format()).isEqualTo("mccli-activity-xml");
        });
        assertThat(a.skipped()).singleElement().satisfies(s -> assertThat(s).contains("NOTES.txt"));
        Analysis.GoalResult g = replication(a);
        assertThat(g.todayDurationSeconds() / 3600).isBetween(35.9, 36.1);
        assertThat(g.sizeBytes()).isCloseTo(45.5 * Math.pow(1024, 4), org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(g.projectedDurationSeconds() / 3600).isBetween(14.0, 22.0);
        assertThat(g.met()).isTrue();
        assertThat(a.recommendations()).anySatisfy(rec -> {
            assertThat(rec.setting()).isEqualTo("avamar.replicationGroup.ddr-repl-max-parallel-streams");
            assertThat(rec.recommended()).isEqualTo(28);
        });
    }

    @Test
    void theUsersMeasurementWins(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("analyze", bundle(dir).toString(), "--measure", "replication.window=24h",
                "--measure", "replication.duration=30h", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis.GoalResult g = replication(AnalysisJson.read(r.out()));
        assertThat(g.todayDurationSeconds() / 3600).isBetween(29.9, 30.1);
        assertThat(g.sizeBytes()).isCloseTo(45.5 * Math.pow(1024, 4), org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    @Test
    void aBadElapsedIsOneLineNamingFileAndLine(@TempDir Path dir) throws Exception {
        bundle(dir);
        Files.writeString(dir.resolve("activity.xml"), Files.readString(dir.resolve("activity.xml"))
                .replace("<Elapsed>36h:00m:00s</Elapsed>", "<Elapsed>36 hours</Elapsed>"));
        Cli.Result r = Cli.run("analyze", dir.toString(), "--measure", "replication.window=24h");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("activity.xml: line 9").contains("Elapsed = '36 hours'").contains("36h:00m:00s"));
    }

    @Test
    void aWindowWithoutAnySizeIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        bundle(dir);
        Files.delete(dir.resolve("activity.xml"));
        Cli.Result r = Cli.run("analyze", dir.toString(), "--measure", "replication.window=24h");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("no goal").contains("replication.size"));
    }
}
