package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backupadvisor.commvault.CommvaultFiles.file;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputModel;
import org.backupadvisor.core.model.ThroughputPath;
import org.junit.jupiter.api.Test;

/** GET /V4/ServerPlan/{id}: plan-based CommCells, where the plan's device streams replace the storage policy's. */
class ServerPlanTest {
    static final String PLAN = """
            {
              "plan": { "id": 12, "name": "Tape-Weekend" },
              "settings": { "enableAdvancedView": true, "deviceStreams": 2 },
              "backupContent": {
                "unixNumberOfDataReaders": { "count": 4, "useOptimal": false },
                "windowsNumberOfDataReaders": { "useOptimal": true }
              },
              "backupDestinations": [
                { "planBackupDestination": { "id": 40, "name": "Primary" }, "copyPrecedence": 1,
                  "storageType": "TAPE", "storagePool": { "id": 7, "name": "T50e-LTO5", "type": "TAPE" } },
                { "planBackupDestination": { "id": 41, "name": "Cloud copy" }, "copyPrecedence": 2,
                  "storageType": "CLOUD" }
              ]
            }
            """;
    static final String SUBCLIENT = """
            {"subClientProperties": [{
              "subClientEntity": {"clientName": "backup01", "backupsetName": "defaultBackupSet", "subclientName": "shows",
                                  "subclientId": 4711, "appName": "File System"},
              "commonProperties": {"numberOfBackupStreams": 4, "allowMultipleDataReaders": true,
                                   "storageDevice": {"networkAgents": 2}},
              "planEntity": {"planName": "tape-weekend", "planId": 12},
              "content": [{"path": "/mnt/shows"}]}]}
            """;

    private static Measurements drives(int n) {
        return Measurements.builder().parse("tape.drives", String.valueOf(n), "test")
                .parse("tape.driveWrite", "120MB/s", "test").build();
    }

    @Test
    void readsDeviceStreamsReadersAndThePrimaryDestination() {
        CommvaultEnvironment env = CommvaultFiles.parse(file("plan.json", PLAN));
        ServerPlan plan = env.plans().get(0);
        assertThat(plan.getName()).isEqualTo("Tape-Weekend");
        assertThat(plan.getDeviceStreams()).isEqualTo(2);
        assertThat(plan.getUnixNumberOfDataReaders()).isEqualTo(4);
        assertThat(plan.getWindowsNumberOfDataReaders()).as("useOptimal reads as 0, like optimal subclients").isZero();
        assertThat(plan.getMedia()).as("precedence-1 destination is tape").isEqualTo("tape");
        assertThat(plan.objectType()).isEqualTo("plan");
    }

    @Test
    void subclientJoinsItsPlanByNameWhateverTheCase() {
        CommvaultEnvironment env = CommvaultFiles.parse(file("plan.json", PLAN), file("sc.json", SUBCLIENT));
        DataPath p = env.dataPaths().get(0);
        assertThat(p.plan()).isNotNull();
        assertThat(p.storagePolicy()).isNull();
        assertThat(p.getMedia()).isEqualTo("tape");
    }

    @Test
    void planDeviceStreamsLimitTheModelAndTheirRecommendationMovesIt() {
        CommvaultEnvironment env = CommvaultFiles.parse(file("plan.json", PLAN), file("sc.json", SUBCLIENT));
        CommvaultPlugin plugin = new CommvaultPlugin();
        ThroughputPath today = plugin.path(env, drives(2));
        StreamLimit streams = today.streamLimits().stream().filter(l -> l.name().equals("device streams")).findFirst()
                .orElseThrow();
        assertThat(streams.streams()).isEqualTo(2);
        assertThat(streams.derivation()).contains("server plan Tape-Weekend");
        assertThat(ThroughputModel.effectiveStreams(today)).isEqualTo(2);

        Recommendation r = new Recommendation(env.plans().get(0), ServerPlan.DEVICE_STREAMS, 2, 4, "test");
        assertThat(today.reads(r.getKnob())).isTrue();
        ThroughputPath after = plugin.path(env.apply(List.of(r)), drives(2));
        assertThat(ThroughputModel.effectiveStreams(after)).as("4 readers, 4 plan streams, 2 drives x 1").isEqualTo(2);
        assertThat(after.streamLimits()).anySatisfy(l -> {
            assertThat(l.name()).isEqualTo("device streams");
            assertThat(l.streams()).isEqualTo(4);
        });
    }

    @Test
    void remediationUsesTheV4PlanCall() {
        CommvaultEnvironment env = CommvaultFiles.parse(file("plan.json", PLAN));
        Recommendation r = new Recommendation(env.plans().get(0), ServerPlan.DEVICE_STREAMS, 2, 4, "test");
        assertThat(new CommvaultPlugin().remediation(r).applyText()).contains("PUT /V4/ServerPlan/12")
                .contains("\"deviceStreams\":4");
    }

    @Test
    void aPlanWithoutANameIsRefused() {
        assertThatThrownBy(() -> CommvaultFiles.parse(file("plan.json", """
                {"settings": {"deviceStreams": 2}, "backupContent": {}}
                """))).isInstanceOf(InputException.class).hasMessageStartingWith("plan.json").hasMessageContaining("plan/name");
    }
}
