package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backupadvisor.commvault.CommvaultFiles.copy;
import static org.backupadvisor.commvault.CommvaultFiles.exampleFile;
import static org.backupadvisor.commvault.CommvaultFiles.file;
import static org.backupadvisor.commvault.CommvaultFiles.parse;
import static org.backupadvisor.commvault.CommvaultFiles.resource;

import java.util.List;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.model.BackupPath;
import org.junit.jupiter.api.Test;

/**
 * Where copies write, as Commvault's own responses say it (cvpysdk storage.py, storage_pool.py, plan.py,
 * storage_policies.py): libraries, storage pools and plans decide tape vs disk vs deduplicated disk, and a tape
 * library's DriveList gives tape.drives when the user did not measure it.
 */
class CommvaultStorageTest {
    private final CommvaultPlugin plugin = new CommvaultPlugin();

    @Test
    void aTapeLibraryGetGivesItsDrivesAndTapeMedia() {
        CommvaultEnvironment env = parse(exampleFile("storage-policy-17.json"), resource("library/tape-get.json"));

        Library lib = env.libraries().get(0);
        assertThat(lib.getName()).isEqualTo("Spectra T50e");
        assertThat(lib.getMedia()).isEqualTo("tape");
        assertThat(lib.getDrives()).isEqualTo(3);
        assertThat(copy(env, "SP-T50e-LTO5/Primary").getMedia()).isEqualTo("tape");
        assertThat(env.measurements().getTapeDrives()).isEqualTo(3);
        assertThat(env.measurements().get(MeasurementKey.TAPE_DRIVES).orElseThrow().source())
                .contains("library/tape-get.json").contains("Spectra T50e lists 3 drive(s)");
    }

    @Test
    void aDiskLibraryGetMakesItsCopiesDisk() {
        String policy = """
                {"policies": [{"storagePolicy": {"storagePolicyName": "SP-Disk", "storagePolicyId": 20},
                  "numberOfStreams": 1,
                  "copies": [{"StoragePolicyCopy": {"copyId": 41, "copyName": "Primary"}, "copyPrecedence": 1,
                              "library": {"libraryName": "DiskLib01", "libraryId": 7},
                              "mediaAgent": {"mediaAgentName": "ma01", "mediaAgentId": 4}}]}]}
                """;
        CommvaultEnvironment env = parse(file("sp-20.json", policy), resource("library/disk-get.json"));

        StoragePolicyCopy c = copy(env, "SP-Disk/Primary");
        assertThat(c.getMedia()).isEqualTo("disk");
        assertThat(c.getMediaAgentName()).isEqualTo("ma01");
        assertThat(env.libraries().get(0).getMountPaths()).isEqualTo(2);
        assertThat(env.measurements().getTapeDrives()).isNull();
    }

    @Test
    void aCopyOnADeduplicationPoolIsDeduplicatedDisk() {
        CommvaultEnvironment env = parse(resource("copy/bare.json"), resource("storagepool/list.json"));

        StoragePolicyCopy c = copy(env, "SP-Disk-Dedup/Primary");
        assertThat(c.getStoragePoolName()).isEqualTo("DedupPool-ma01");
        assertThat(c.getMedia()).isEqualTo("disk");
        assertThat(c.isDeduplication()).isTrue();
        assertThat(env.storagePools()).extracting(StoragePool::getName, StoragePool::getMedia, StoragePool::isDeduplication)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DedupPool-ma01", "disk", true),
                        org.assertj.core.groups.Tuple.tuple("TapePool-LTO8", "tape", false));
    }

    @Test
    void whatTheCopySaysItselfOutranksItsPool() {
        // A copy GET whose data path names a drive pool writes to tape, whatever a pool list says of its pool's type.
        String copyGet = exampleContent().replace("\"library\": { \"libraryName\": \"Spectra T50e\", \"libraryId\": 5 },\n    \"mediaAgent\"",
                "\"storagePool\": { \"storagePoolName\": \"DedupPool-ma01\" },\n    \"mediaAgent\"");
        CommvaultEnvironment env = parse(file("copy.json", copyGet), resource("storagepool/list.json"));

        assertThat(copy(env, "SP-T50e-LTO5/Primary").getMedia()).isEqualTo("tape");
    }

    @Test
    void aStoragePoolDetailGetIsReadWithItsLibraryAndPolicy() {
        CommvaultEnvironment env = parse(resource("storagepool/get.json"));

        StoragePool pool = env.storagePools().get(0);
        assertThat(pool.getName()).isEqualTo("DedupPool-ma01");
        assertThat(pool.isDeduplication()).isTrue();
        assertThat(pool.getLibraryName()).isEqualTo("DiskLib01");
        assertThat(pool.getStoragePolicyName()).isEqualTo("DedupPool-ma01");
    }

    @Test
    void aV2PlanTakesItsMediaFromThePoolOfItsDefaultCopy() {
        CommvaultEnvironment env = parse(resource("plan/v2-get.json"), resource("storagepool/list.json"));

        ServerPlan plan = env.plans().get(0);
        assertThat(plan.getName()).isEqualTo("Server-Gold");
        assertThat(plan.field(ServerPlan.PLAN_ID)).isEqualTo(3);
        assertThat(plan.field(ServerPlan.PRIMARY_STORAGE_POOL)).isEqualTo("TapePool-LTO8");
        assertThat(plan.getMedia()).isEqualTo("tape");
    }

    @Test
    void aBareCopyIsACopyNotJobHistory() {
        // Its retentionRules.jobs once made it read as GET /Job.
        CommvaultEnvironment env = parse(resource("copy/bare.json"));

        assertThat(env.copies()).hasSize(1);
        assertThat(copy(env, "SP-Disk-Dedup/Primary").getMultiplexingFactor()).isEqualTo(4);
        assertThat(env.measurements().getThroughputCurrent()).isNull();
        assertThat(env.inputs().get(0).format()).contains("cvpysdk _copy_properties");
    }

    @Test
    void twoTapeLibrariesWithDifferentDriveCountsAreSaidNotGuessed() {
        String other = """
                {"libraryInfo": {"library": {"libraryName": "LTO8-Lib", "libraryId": 9},
                  "DriveList": [{"driveName": "d1"}, {"driveName": "d2"}, {"driveName": "d3"}, {"driveName": "d4"}]}}
                """;
        CommvaultEnvironment env = parse(resource("library/tape-get.json"), file("lib-9.json", other));

        assertThat(env.measurements().getTapeDrives()).isNull();
        assertThat(env.notes()).anySatisfy(n -> assertThat(n).contains("tape libraries differ")
                .contains("LTO8-Lib 4 drives").contains("Spectra T50e 3 drives"));
    }

    @Test
    void theLibraryDrivesReachTheModelWhenTapeDrivesIsNotMeasured() {
        CommvaultEnvironment env = parse(List.of(exampleFile("storage-policy-17.json"), exampleFile("storage-policy-17-copy-31.json"),
                exampleFile("subclient-4711.xml"), exampleFile("media-agent-2.json"), resource("library/tape-get.json")));

        List<BackupPath> paths = plugin.paths(env, env.measurements());

        assertThat(paths).hasSize(1);
        assertThat(paths.get(0).path().streamLimits()).anySatisfy(l -> assertThat(l.derivation()).startsWith("3 tape drive(s)"));
    }

    @Test
    void unrelatedJsonWithCommvaultLikeKeysIsNotClaimed() {
        assertThat(plugin.detect(resource("unrelated/iam-policies.json"))).isEmpty();
        assertThat(plugin.detect(resource("unrelated/ci-jobs.json"))).isEmpty();
        assertThat(plugin.detect(exampleFile("jobs.json"))).isPresent();
        assertThat(plugin.detect(exampleFile("storage-policy-17.json"))).isPresent();
    }

    @Test
    void responsesTheAnalysisDoesNotUseAreSaidByName() {
        assertThat(plugin.detect(resource("library/list.json"))).isEmpty();
        assertThat(plugin.explain(resource("library/list.json"))).hasValueSatisfying(s -> assertThat(s)
                .contains("entityInfo").contains("GET /Library/{id}"));
        assertThat(plugin.explain(file("clients.json", "{\"clientProperties\": [{\"client\": {\"clientEntity\": "
                + "{\"clientId\": 2, \"clientName\": \"cs01\"}}}]}"))).hasValueSatisfying(s -> assertThat(s)
                .contains("GET /Client"));
        assertThat(plugin.explain(file("alerts.json", "{\"alertList\": [{\"alert\": {\"name\": \"Job failed\", "
                + "\"id\": 3}}]}"))).hasValueSatisfying(s -> assertThat(s).contains("GET /AlertRule"));
        assertThat(plugin.explain(file("plans.json", "{\"plans\": [{\"plan\": {\"planName\": \"Server-Gold\", "
                + "\"planId\": 3}}]}"))).hasValueSatisfying(s -> assertThat(s).contains("GET /V2/Plan"));
        assertThat(plugin.detect(file("plans.json", "{\"plans\": [{\"plan\": {\"planName\": \"Server-Gold\", "
                + "\"planId\": 3}, \"summary\": {}}]}"))).isEmpty();
    }

    @Test
    void aClientGroupBatchRequestSaysWhatIsSupported() {
        var batch = file("update_group.xml", "<App_UpdateSubClientPropertiesRequest>\n  <association><entity "
                + "clientGroupName=\"Linux-FS\" appName=\"File System\"/></association>\n  <subClientProperties>"
                + "<commonProperties numberOfBackupStreams=\"4\"/></subClientProperties>\n</App_UpdateSubClientPropertiesRequest>");

        assertThat(plugin.detect(batch)).isEmpty();
        assertThat(plugin.explain(batch)).hasValueSatisfying(s -> assertThat(s).contains("client-group batch request")
                .contains("GET /Subclient/{id}"));
    }

    private static String exampleContent() {
        return new String(exampleFile("storage-policy-17-copy-31.json").content(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
