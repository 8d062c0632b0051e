package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario S2 (../shared/scenarios/S2-avamar-ndmp-replication.md) end to end over the CLI: an Avamar replication group
 * with one NDMP client and no advanced flags, the DC1 Data Domain as Avamar's REST API lists it, 50 TB replicated in
 * 36 h against a 24 h window. No --target: the replication goal comes from replication.size ÷ replication.window.
 */
class S2AvamarReplicationTest {
    static final String BUNDLE = "examples/avamar/s2-ndmp-replication";
    private static Analysis analysis;
    private static String text;

    @BeforeAll
    static void run() {
        String[] args = {"analyze", Cli.ROOT.resolve(BUNDLE).toString(), "--measure", "replication.size=50TB",
                "--measure", "replication.duration=36h", "--measure", "replication.window=24h"};
        Cli.Result json = Cli.run(concat(args, "--format", "json"));
        assertThat(json.exit()).as(json.err()).isZero();
        analysis = AnalysisJson.read(json.out());
        Cli.Result t = Cli.run(args);
        assertThat(t.exit()).as(t.err()).isZero();
        text = t.out();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Analysis.Rec rec(String setting) {
        return analysis.recommendations().stream().filter(r -> r.setting().equals(setting)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + setting + " in " + analysis.recommendations().stream()
                        .map(Analysis.Rec::setting).toList()));
    }

    @Test
    void readsTheGroupAndTheDataDomainAndSkipsTheNotes() {
        assertThat(analysis.inputs()).extracting(Analysis.Input::product).containsExactlyInAnyOrder("avamar", "datadomain");
        assertThat(analysis.skipped()).singleElement().satisfies(s -> assertThat(s).contains("NOTES.txt"));
    }

    @Test
    void recommendsAmsAndTwentyEightStreams() {
        Analysis.Rec method = rec("avamar.replicationGroup.ddr-repl-method-control");
        assertThat(method.recommended()).isEqualTo(0);
        assertThat(method.current()).isEqualTo(5);
        Analysis.Rec streams = rec("avamar.replicationGroup.ddr-repl-max-parallel-streams");
        assertThat(streams.current()).isEqualTo(6);
        assertThat(streams.recommended()).isEqualTo(28);
        assertThat(streams.object()).isEqualTo("REPL-ISILON-DC1-DC2");
        assertThat(streams.why()).contains("disk contention");
        assertThat(streams.apply()).contains("[avtar]ddr-repl-max-parallel-streams");
        assertThat(streams.rollback()).contains("6");
        assertThat(streams.expectedGainBytesPerSecond()).isNotNull().isPositive();
    }

    @Test
    void doesNotRecommendConcurrentProcessesAndSaysWhy() {
        assertThat(analysis.recommendations()).noneMatch(r -> r.setting().equals("avamar.replicationGroup.max-streams"));
        assertThat(analysis.advice()).anySatisfy(a -> {
            assertThat(a.ruleId()).isEqualTo("AV-REPL-CONCURRENT-PROCESSES");
            assertThat(a.kind()).isEqualTo("do-not-change");
            assertThat(a.text()).contains("one client");
        });
    }

    @Test
    void projectsFourteenToTwentyTwoHoursAndMeetsTheWindow() {
        Analysis.GoalResult g = analysis.goals().stream().filter(x -> x.phase().equals("replication")).findFirst()
                .orElseThrow();
        assertThat(g.todayDurationSeconds() / 3600).isBetween(35.9, 36.1);
        assertThat(g.projectedDurationSeconds() / 3600).isBetween(14.0, 22.0);
        assertThat(g.windowSeconds() / 3600).isEqualTo(24.0);
        assertThat(g.met()).isTrue();
        assertThat(analysis.targetMet()).isTrue();
        assertThat(text).contains("36.0 h today → ").contains("projected, window 24.0 h");
    }

    @Test
    void theDataDomainStreamLimitIsOnThePath() {
        Analysis.GoalResult g = analysis.goals().stream().filter(x -> x.phase().equals("replication")).findFirst()
                .orElseThrow();
        assertThat(g.paths()).singleElement().satisfies(p -> {
            assertThat(p.contributors()).contains("datadomain");
            assertThat(String.join("\n", p.projected().derivation())).contains("Data Domain replication streams 440");
        });
    }

    @Test
    void pluginsListsAvamarAndDataDomain() {
        Cli.Result r = Cli.run("plugins");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("avamar — ").contains("datadomain — ");
    }

    @Test
    void aBadFlagValueIsOneLineNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.copy(Cli.ROOT.resolve(BUNDLE).resolve("replication-group.json"), dir.resolve("replication-group.json"));
        Files.writeString(dir.resolve("REPL-ISILON-DC1-DC2.flags"), "# advanced flags\n--ddr-repl-max-parallel-streams=64\n");
        Cli.Result r = Cli.run("analyze", dir.toString(), "--measure", "replication.size=50TB", "--measure",
                "replication.window=24h");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("REPL-ISILON-DC1-DC2.flags: line 2").contains("ddr-repl-max-parallel-streams").contains("1..29"));
    }
}
