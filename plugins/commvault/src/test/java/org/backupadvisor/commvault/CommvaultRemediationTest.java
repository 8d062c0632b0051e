package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backupadvisor.commvault.CommvaultFiles.file;

import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.junit.jupiter.api.Test;

/** Apply/rollback text: the console path an admin clicks and the REST call with the object's own id. */
class CommvaultRemediationTest {

    private final CommvaultPlugin plugin = new CommvaultPlugin();
    private final CommvaultEnvironment env = CommvaultFiles.example();

    private Remediation remediation(CommvaultObject o, String field, Object recommended) {
        return plugin.remediation(new Recommendation(o, field, o.field(field), recommended, "test"));
    }

    @Test
    void subclientDataReaders() {
        Remediation r = remediation(env.subclients().get(0), Subclient.NUMBER_OF_BACKUP_STREAMS, 4);

        assertThat(r.applyText()).contains("Subclient Properties → General → Number of Data Readers")
                .contains("= 4")
                .contains("POST /Subclient/4711")
                .contains("\"numberOfBackupStreams\":4");
        assertThat(r.rollbackText()).contains("back to 2").contains("POST /Subclient/4711")
                .contains("\"numberOfBackupStreams\":2");
    }

    @Test
    void subclientFlagIsAJsonBoolean() {
        Remediation r = remediation(env.subclients().get(0), Subclient.ALLOW_MULTIPLE_DATA_READERS, true);

        assertThat(r.applyText()).contains("Allow multiple data readers").contains("POST /Subclient/4711")
                .contains("\"allowMultipleDataReaders\":true");
        assertThat(r.rollbackText()).contains("back to false").contains("\"allowMultipleDataReaders\":false");
    }

    @Test
    void subclientNetworkAgentsIsUnderStorageDevice() {
        Remediation r = remediation(env.subclients().get(0), Subclient.NETWORK_AGENTS, 2);

        assertThat(r.applyText()).contains("Network Agents").contains("POST /Subclient/4711")
                .contains("{\"storageDevice\":{\"networkAgents\":2}}");
        assertThat(r.rollbackText()).contains("back to 1");
    }

    @Test
    void storagePolicyDeviceStreams() {
        Remediation r = remediation(env.policies().get(0), StoragePolicy.NUMBER_OF_STREAMS, 4);

        assertThat(r.applyText()).contains("Storage Policy Properties → General → Device Streams")
                .contains("PUT /V2/StoragePolicy/17 ").contains("{\"numberOfStreams\":4}");
        assertThat(r.rollbackText()).contains("back to 1").contains("{\"numberOfStreams\":1}");
    }

    @Test
    void storagePolicyRandomization() {
        Remediation r = remediation(env.policies().get(0), StoragePolicy.RANDOMIZE_STREAM, true);

        assertThat(r.applyText()).contains("Enable Stream Randomization").contains("PUT /V2/StoragePolicy/17 ")
                .contains("\"randomizeStream\":true");
        assertThat(r.rollbackText()).contains("back to false");
    }

    @Test
    void copyMultiplexingAddressesTheCopyUnderItsPolicy() {
        Remediation r = remediation(env.copies().get(0), StoragePolicyCopy.MULTIPLEXING_FACTOR, 4);

        assertThat(r.applyText()).contains("Storage Policy Copy Properties → Media")
                .contains("PUT /V2/StoragePolicy/17/Copy/31")
                .contains("\"multiplexingFactor\":4");
        assertThat(r.rollbackText()).contains("back to 0").contains("PUT /V2/StoragePolicy/17/Copy/31")
                .contains("\"multiplexingFactor\":0");
    }

    @Test
    void copyStreamsOverMultiplexingAndChunkSize() {
        Remediation streams = remediation(env.copies().get(0), StoragePolicyCopy.USE_STREAMS_OVER_MULTIPLEXING, true);
        Remediation chunk = remediation(env.copies().get(0), StoragePolicyCopy.CHUNK_SIZE_MB, 16384);

        assertThat(streams.applyText()).contains("Use device streams rather than multiplexing")
                .contains("PUT /V2/StoragePolicy/17/Copy/31").contains("\"useStreamsOverMultiplexing\":true");
        assertThat(chunk.applyText()).contains("Chunk Size").contains("PUT /V2/StoragePolicy/17/Copy/31")
                .contains("\"chunkSizeMB\":16384");
        assertThat(chunk.rollbackText()).contains("back to 8192").contains("\"chunkSizeMB\":8192");
    }

    @Test
    void mediaAgentParallelOperations() {
        Remediation r = remediation(env.mediaAgents().get(0), MediaAgent.PARALLEL_DATA_TRANSFER_OPERATIONS, 200);

        assertThat(r.applyText()).contains("MediaAgent Properties → Control")
                .contains("PUT /V4/mediaAgent/2 ")
                .contains("{\"control\":{\"parallelDataTransferOperations\":200}}");
        assertThat(r.rollbackText()).contains("back to 100").contains("\"parallelDataTransferOperations\":100");
    }

    @Test
    void mediaAgentOptimizeForLan() {
        Remediation r = remediation(env.mediaAgents().get(0), MediaAgent.OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS, true);

        assertThat(r.applyText()).contains("Optimize for concurrent LAN backups").contains("PUT /V4/mediaAgent/2 ")
                .contains("\"optimizeForConcurrentLANBackups\":true");
        assertThat(r.rollbackText()).contains("back to false");
    }

    @Test
    void incrementalStoragePolicyNamesThePolicy() {
        Remediation r = remediation(env.policies().get(0), StoragePolicy.INCREMENTAL_STORAGE_POLICY,
                "an incremental storage policy, tuned the same way");

        assertThat(r.applyText()).contains("Incremental Storage Policy").contains(CommvaultFiles.POLICY)
                .contains("App_UpdateStoragePolicyReq")
                .contains("<storagePolicyName>" + CommvaultFiles.POLICY + "</storagePolicyName>");
        assertThat(r.rollbackText()).contains("Clear Incremental Storage Policy").contains(CommvaultFiles.POLICY);
    }

    @Test
    void absentCurrentValueRollsBackToTheDefault() {
        Subclient sc = env.subclients().get(0);
        Remediation r = plugin.remediation(new Recommendation(sc, Subclient.THROTTLE_NETWORK_BANDWIDTH, null, 0, "t"));

        assertThat(r.rollbackText()).contains("default").doesNotContain("null");
    }

    @Test
    void objectWithoutExportedIdGetsAPlaceholder() {
        CommvaultEnvironment fromRequest = CommvaultFiles.parse(CommvaultFiles.resource("subclient/update-request.xml"));

        Remediation r = remediation(fromRequest.subclients().get(0), Subclient.NUMBER_OF_BACKUP_STREAMS, 4);

        assertThat(r.applyText()).contains("POST /Subclient/{subclientId}");
    }

    @Test
    void settingWithoutKnownConsolePathStillSaysWhatToSet() {
        Remediation r = remediation(env.subclients().get(0), Subclient.PLAN_NAME, "Server-Gold");

        assertThat(r.applyText()).contains(Subclient.PLAN_NAME).contains(CommvaultFiles.SUBCLIENT).contains("Server-Gold");
        assertThat(r.rollbackText()).isNotBlank();
    }

    @Test
    void copyKnownFromThePolicyListingUsesThePolicyId() {
        CommvaultEnvironment listingOnly = CommvaultFiles.parse(CommvaultFiles.exampleFile("storage-policy-17.json"));

        Remediation r = remediation(listingOnly.copies().get(0), StoragePolicyCopy.MULTIPLEXING_FACTOR, 4);

        assertThat(r.applyText()).contains("PUT /V2/StoragePolicy/17/Copy/31");
    }

    @Test
    void policyKnownFromTheCopyGetUsesItsId() {
        CommvaultEnvironment copyOnly = CommvaultFiles.parse(CommvaultFiles.exampleFile("storage-policy-17-copy-31.json"));

        Remediation r = remediation(copyOnly.policies().get(0), StoragePolicy.RANDOMIZE_STREAM, true);

        assertThat(r.applyText()).contains("PUT /V2/StoragePolicy/17 ");
    }

    @Test
    void stringValuesAreJsonQuoted() {
        CommvaultEnvironment e = CommvaultFiles.parse(file("sc.json", """
                {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s", "subclientId": 9}}]}
                """));

        Remediation r = remediation(e.subclients().get(0), Subclient.NUMBER_OF_BACKUP_STREAMS, "4");

        assertThat(r.applyText()).contains("POST /Subclient/9").contains("\"numberOfBackupStreams\":\"4\"");
    }
}
