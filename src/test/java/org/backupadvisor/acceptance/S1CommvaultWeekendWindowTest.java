package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario S1 (../shared/scenarios/S1-commvault-weekend-window.md): Commvault to 2 LTO-5 drives, 30 TB in 48 h.
 * Runs the README's analyze command as a separate process and checks the JSON contract of DESIGN.md §4.
 */
class S1CommvaultWeekendWindowTest {
    static final String[] README_COMMAND = {"analyze", "examples/commvault/weekend-window/", "--window", "48h",
            "--size", "30TB", "--measured", "290GB/hr", "--measure", "tape.drives=2", "--measure",
            "tape.driveWrite=120MB/s", "--measure", "source.readPerStream=253MB/s"};

    static Analysis analysis;
    static Cli.Result text;

    @BeforeAll
    static void analyse() throws Exception {
        String[] json = java.util.Arrays.copyOf(README_COMMAND, README_COMMAND.length + 2);
        json[json.length - 2] = "--format";
        json[json.length - 1] = "json";
        Cli.Result r = Cli.process(json);
        assertThat(r.exit()).as(r.err()).isZero();
        analysis = AnalysisJson.read(r.out());
        text = Cli.process(README_COMMAND);
    }

    @Test
    void targetIsThirtyTerabytesInFortyEightHours() {
        assertThat(analysis.schemaVersion()).isEqualTo(1);
        assertThat(analysis.target().bytesPerSecond()).isCloseTo(173.6e6, within(0.1e6));
        assertThat(analysis.measured().bytesPerSecond()).isCloseTo(80.56e6, within(0.1e6));
        assertThat(analysis.inputs()).hasSize(5).allSatisfy(i -> {
            assertThat(i.product()).isEqualTo("commvault");
            assertThat(i.sha256()).hasSize(64);
        });
    }

    @Test
    void everySettingTheExpertChangedIsRecommendedWithItsValue() {
        Map<String, Object> recommended = analysis.recommendations().stream()
                .collect(Collectors.toMap(Analysis.Rec::setting, Analysis.Rec::recommended));
        assertThat(recommended).containsEntry("commvault.subclient.numberOfBackupStreams", 4)
                .containsEntry("commvault.subclient.allowMultipleDataReaders", true)
                .containsEntry("commvault.storagePolicy.numberOfStreams", 4)
                .containsEntry("commvault.storagePolicy.randomizeStream", true)
                .containsEntry("commvault.copy.multiplexingFactor", 4)
                .containsEntry("commvault.copy.useStreamsOverMultiplexing", true)
                .containsEntry("commvault.copy.chunkSizeMB", 16384)
                .containsEntry("commvault.mediaAgent.parallelDataTransferOperations", 200)
                .containsEntry("commvault.mediaAgent.optimizeForConcurrentLANBackups", true)
                .containsKey("commvault.storagePolicy.incrementalStoragePolicy");
        assertThat(recommended.get("commvault.subclient.networkAgents")).isIn(2, 4);
        assertThat(recommended.get("commvault.storagePolicy.incrementalStoragePolicy")).asString().contains("incremental");
        // No Linux NIC driver or TCP option changes: the seed measured 0.5-1 % at most.
        assertThat(recommended.keySet()).allMatch(s -> s.startsWith("commvault."));
    }

    @Test
    void parallelismChangesRankAboveChunkSizeAndMediaAgentHousekeeping() {
        List<String> bySetting = analysis.recommendations().stream().map(Analysis.Rec::setting).toList();
        List<String> parallelism = List.of("commvault.subclient.numberOfBackupStreams",
                "commvault.subclient.allowMultipleDataReaders", "commvault.storagePolicy.numberOfStreams",
                "commvault.copy.multiplexingFactor");
        int lastParallel = parallelism.stream().mapToInt(bySetting::indexOf).max().orElseThrow();
        for (String later : List.of("commvault.copy.chunkSizeMB", "commvault.mediaAgent.parallelDataTransferOperations",
                "commvault.mediaAgent.optimizeForConcurrentLANBackups")) {
            assertThat(bySetting.indexOf(later)).as(later + " ranks after the parallelism changes").isGreaterThan(lastParallel);
        }
        assertThat(analysis.recommendations()).extracting(Analysis.Rec::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, bySetting.size()).boxed().toList());
    }

    @Test
    void projectionMeetsTheTargetAndNamesTheTwoTapeDrives() {
        assertThat(analysis.projected().bytesPerSecond()).isBetween(194e6, 270e6);
        assertThat(analysis.projected().lowBytesPerSecond()).isLessThanOrEqualTo(analysis.projected().bytesPerSecond());
        assertThat(analysis.projected().highBytesPerSecond()).isGreaterThanOrEqualTo(analysis.projected().bytesPerSecond());
        assertThat(analysis.targetMet()).isTrue();
        assertThat(analysis.bottleneck().stage()).isEqualTo("target-device");
        assertThat(analysis.bottleneck().description()).contains("2 tape drive").contains("120 MB/s");
        assertThat(analysis.bottleneck().capacityBytesPerSecond()).isCloseTo(240e6, within(1e6));
    }

    @Test
    void pricedStepsAddUpFromTodayToTheProjection() {
        assertThat(analysis.steps()).isNotEmpty();
        double rate = analysis.today().bytesPerSecond();
        for (Analysis.Step s : analysis.steps()) {
            assertThat(s.beforeBytesPerSecond()).isCloseTo(rate, within(1.0));
            assertThat(s.afterBytesPerSecond()).isGreaterThan(s.beforeBytesPerSecond());
            rate = s.afterBytesPerSecond();
        }
        assertThat(rate).isCloseTo(analysis.projected().bytesPerSecond(), within(1.0));
        assertThat(analysis.today().effectiveStreams()).isEqualTo(1);
        assertThat(analysis.projected().effectiveStreams()).isEqualTo(4);
    }

    @Test
    void everyRecommendationCarriesTheFullContract() {
        assertThat(analysis.recommendations()).allSatisfy(r -> {
            assertThat(r.ruleId()).startsWith("CV-");
            assertThat(r.why()).isNotBlank();
            assertThat(r.apply()).isNotBlank();
            assertThat(r.rollback()).isNotBlank();
            assertThat(r.risk()).isNotBlank();
            assertThat(r.source()).contains("002_f55c07ee0bd86849.txt");
            assertThat(r.severity()).isIn("critical", "high", "medium", "low", "info");
        });
        // Objects a rule checked without firing are counted per rule, not listed (a large CommCell has 100,000s).
        assertThat(analysis.findings()).extracting(Analysis.FindingRow::status).contains("FIRED")
                .doesNotContain("NOT_FIRED");
        assertThat(analysis.notFired()).containsEntry("CV-COPY-MUX-ON-DISK", 1)
                .containsEntry("CV-POLICY-DISK-DEVICE-STREAMS", 1);
        assertThat(analysis.findingCounts()).containsEntry("NOT_FIRED",
                analysis.notFired().values().stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void findingsAllListsEveryNotFiredRow() throws Exception {
        String[] args = java.util.Arrays.copyOf(README_COMMAND, README_COMMAND.length + 4);
        System.arraycopy(new String[]{"--format", "json", "--findings", "all"}, 0, args, README_COMMAND.length, 4);
        Cli.Result r = Cli.process(args);
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis all = AnalysisJson.read(r.out());
        assertThat(all.findings()).filteredOn(f -> f.status().equals("NOT_FIRED"))
                .extracting(Analysis.FindingRow::ruleId).contains("CV-COPY-MUX-ON-DISK", "CV-POLICY-DISK-DEVICE-STREAMS");
        assertThat(all.findingCounts()).isEqualTo(analysis.findingCounts());
    }

    @Test
    void theTextReportLeadsWithTheVerdict() {
        assertThat(text.exit()).isZero();
        assertThat(text.err()).isEmpty();
        assertThat(text.out()).contains("TARGET MET").contains("Step 1").contains("Bottleneck")
                .contains("2 tape drive(s) × 120 MB/s = 240 MB/s");
    }
}
