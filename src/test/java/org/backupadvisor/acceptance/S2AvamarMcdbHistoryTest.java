package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S2 as an Avamar admin keeps it in a folder: the REST exports, the MCS preferences ({@code mcserver.xml}, whose
 * DOCTYPE is skipped, never loaded) and the job history from the MCS database ({@code v_activities_2} as CSV), plus
 * notes. The history supplies replication.duration and .size as the mccli history does; the notes are skipped with a
 * line; a bad timestamp is one line naming file and line.
 */
class S2AvamarMcdbHistoryTest {
    static final Path SAMPLES = Cli.ROOT.resolve("plugins/avamar/src/test/resources/samples");

    private static Path bundle(Path dir) throws Exception {
        for (String f : new String[] {"NOTES.txt", "datadomains.json", "replication-group.json"}) {
            Files.copy(S2AvamarActivityHistoryTest.BUNDLE.resolve(f), dir.resolve(f));
        }
        Files.copy(SAMPLES.resolve("v_activities_2.csv"), dir.resolve("v_activities_2.csv"));
        Files.copy(SAMPLES.resolve("mcserver.xml"), dir.resolve("mcserver.xml"));
        // Admins keep the copy an upgrade leaves: skipped with a line, not read as a second grid.
        Files.copy(SAMPLES.resolve("mcserver.xml"), dir.resolve("mcserver.xml.b4upgrade"));
        return dir;
    }

    @Test
    void theMcdbHistoryAndMcserverXmlAreReadAndTheNotesSkipped(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("analyze", bundle(dir).toString(), "--measure", "replication.window=24h",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.inputs()).extracting(Analysis.Input::format)
                .contains("v-activities-2-csv", "mcserver-xml", "replication-group-json");
        assertThat(a.skipped()).anySatisfy(s -> assertThat(s).contains("NOTES.txt"));
        assertThat(a.skipped()).anySatisfy(s -> assertThat(s).contains("mcserver.xml.b4upgrade"));
        assertThat(a.skipped()).anySatisfy(s -> assertThat(s).contains("mcserver.xml: MCS preferences: read ")
                .contains("repl_window_hours 24").contains("3 other preference(s) not read"));
        Analysis.GoalResult g = a.goals().stream().filter(x -> x.phase().equals("replication")).findFirst().orElseThrow();
        assertThat(g.todayDurationSeconds() / 3600).isBetween(35.9, 36.1);
        assertThat(g.sizeBytes()).isEqualTo(50027779063808.0);
        assertThat(g.projectedDurationSeconds() / 3600).isBetween(14.0, 22.0);
        assertThat(g.met()).isTrue();
        assertThat(a.recommendations()).anySatisfy(rec -> {
            assertThat(rec.setting()).isEqualTo("avamar.replicationGroup.ddr-repl-max-parallel-streams");
            assertThat(rec.recommended()).isEqualTo(28);
        });
        // The history's backup ended before replication started: DD-DISK-CONTENTION was evaluated (the history
        // answers it, no missing input) and stays quiet.
        assertThat(a.findings()).noneMatch(f -> f.ruleId().equals("DD-DISK-CONTENTION"));
        assertThat(a.advice()).noneMatch(x -> x.ruleId().equals("DD-DISK-CONTENTION"));
    }

    @Test
    void anEpochWhereATimestampBelongsIsOneLine(@TempDir Path dir) throws Exception {
        bundle(dir);
        Path csv = dir.resolve("v_activities_2.csv");
        Files.writeString(csv, Files.readString(csv).replace("2026-11-30 06:00:00", "1764478800"));
        Cli.Result r = Cli.run("analyze", dir.toString(), "--measure", "replication.window=24h");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("v_activities_2.csv: line 2").contains("completed_ts = '1764478800'")
                .contains("expected a timestamp"));
    }

    @Test
    void aBackupDuringTheReplicationRunGetsTheStaggerAdvice(@TempDir Path dir) throws Exception {
        bundle(dir);
        Path csv = dir.resolve("v_activities_2.csv");
        // The next day's NDMP backup, writing to the same Data Domain while the 36 h replication runs.
        Files.writeString(csv, Files.readString(csv).replace("2026-11-28 08:00:00,2026-11-28 17:40:12",
                "2026-11-29 08:00:00,2026-11-29 17:40:12").replace("dd-dc1.example.com,30005", "dd-dc1,30005"));
        Cli.Result r = Cli.run("analyze", dir.toString(), "--measure", "replication.window=24h", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.advice()).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("DD-DISK-CONTENTION");
            assertThat(x.object()).isEqualTo("dd-dc1.example.com");
            assertThat(x.text()).contains("Stagger backups and replication")
                    .contains("1 backup job(s) (3.52 TB) of isilon-dc1.example.com ran during the last replication run")
                    .contains("from 6 to 28");
        });
    }

    @Test
    void withoutAHistoryTheContentionRuleSaysWhatItLacks() throws Exception {
        Cli.Result r = Cli.run("analyze", S2AvamarActivityHistoryTest.BUNDLE.toString(), "--measure",
                "replication.size=50TB", "--measure", "replication.duration=36h", "--measure", "replication.window=24h",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(AnalysisJson.read(r.out()).findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("DD-DISK-CONTENTION");
            assertThat(f.status()).isEqualTo("NOT_EVALUATED");
            assertThat(f.reason()).contains("no avamar job history in the inputs");
        });
    }
}
