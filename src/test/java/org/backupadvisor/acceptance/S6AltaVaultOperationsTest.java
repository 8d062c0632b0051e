package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario S6 (../shared/scenarios/S6-altavault-operations.md) end to end over the CLI. */
class S6AltaVaultOperationsTest {
    static final String BUNDLE = "examples/altavault/s6-operations";
    private static Analysis analysis;

    @BeforeAll
    static void run() throws Exception {
        Cli.Result json = Cli.process("analyze", BUNDLE, "--target", "10TB/hr", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        analysis = AnalysisJson.read(json.out());
    }

    @Test
    void evictionGoesTo70OutsideTheWindowWithTheDatastoreCommand() {
        assertThat(analysis.recommendations()).anySatisfy(r -> {
            assertThat(r.setting()).isEqualTo("altavault.system.evictionThreshold");
            assertThat(r.current()).isEqualTo(90);
            assertThat(r.recommended()).isEqualTo(70);
            assertThat(r.apply()).contains("datastore eviction threshold 70").contains("90");
        });
    }

    @Test
    void sessionsAbove128OperationsDuringIngestAndCloudEgressAreFindings() {
        assertThat(analysis.advice()).extracting(Analysis.AdviceRow::ruleId)
                .contains("AVT-SESSIONS-MAX", "AVT-OPERATIONS-DURING-INGEST", "AVT-CLOUD-EGRESS");
        assertThat(analysis.advice()).filteredOn(a -> a.ruleId().equals("AVT-OPERATIONS-DURING-INGEST"))
                .singleElement().satisfies(a -> assertThat(a.text()).contains("verify").contains("anti-virus")
                        .contains("synthetic").contains("restores").contains("small"));
        assertThat(analysis.advice()).filteredOn(a -> a.ruleId().equals("AVT-CLOUD-EGRESS"))
                .singleElement().satisfies(a -> assertThat(a.text()).contains("60.0 TB/day").contains("46.3 TB/day"));
        // 150 sessions is the error, not also the 16-40 info.
        assertThat(analysis.advice()).noneMatch(a -> a.ruleId().equals("AVT-SESSIONS-PEAK"));
    }

    @Test
    void theReplicationInterfaceAtMtu1500GetsJumboFrames() {
        assertThat(analysis.recommendations()).anySatisfy(r -> {
            assertThat(r.setting()).isEqualTo("altavault.interface.mtu");
            assertThat(r.object()).isEqualTo("altavault01:e0d");
            assertThat(r.recommended()).isEqualTo(9000);
        });
    }
}
