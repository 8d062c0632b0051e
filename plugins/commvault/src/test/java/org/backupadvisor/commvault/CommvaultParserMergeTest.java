package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backupadvisor.commvault.CommvaultFiles.copy;
import static org.backupadvisor.commvault.CommvaultFiles.file;
import static org.backupadvisor.commvault.CommvaultFiles.parse;
import static org.backupadvisor.commvault.CommvaultFiles.policy;
import static org.backupadvisor.commvault.CommvaultFiles.resource;
import static org.backupadvisor.commvault.CommvaultFiles.subclient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One object described by several files: a GET response is the current state and wins per field over a
 * qoperation/PUT request (an intended state); the request only fills what the GET lacks. File order is irrelevant.
 */
class CommvaultParserMergeTest {

    /** GET: 2 readers, multiple readers off, storageDevice without networkAgents/applicableReadSize. */
    private static final InputFile SUBCLIENT_GET = file("get-subclient.json", """
            {"subClientProperties": [{
              "subClientEntity": {"clientName": "lnxfs01", "backupsetName": "defaultBackupSet", "subclientName": "data",
                                  "subclientId": 4711, "appName": "File System"},
              "commonProperties": {"numberOfBackupStreams": 2, "allowMultipleDataReaders": false,
                                   "storageDevice": {"dataBackupStoragePolicy": {"storagePolicyName": "SP-LTO8"}}},
              "content": [{"path": "/data"}]
            }]}
            """);

    private static List<InputFile> ordered(boolean getFirst, InputFile get, InputFile request) {
        List<InputFile> files = new ArrayList<>(List.of(get, request));
        if (!getFirst) {
            Collections.reverse(files);
        }
        return files;
    }

    @ParameterizedTest(name = "GET first: {0}")
    @ValueSource(booleans = {true, false})
    void subclientGetWinsPerFieldAndRequestFillsTheGaps(boolean getFirst) {
        // update-request.xml: 8 readers, SET_FALSE, networkAgents 2, applicableReadSize 512, storage policy SP-Other.
        CommvaultEnvironment env = CommvaultFiles.parse(
                ordered(getFirst, SUBCLIENT_GET, resource("subclient/update-request.xml")));

        assertThat(env.subclients()).hasSize(1);
        Subclient sc = subclient(env, "lnxfs01/defaultBackupSet/data");
        assertThat(sc.getNumberOfBackupStreams()).as("GET wins").isEqualTo(2);
        assertThat(sc.getStoragePolicyName()).as("GET wins").isEqualTo("SP-LTO8");
        assertThat(sc.isAllowMultipleDataReaders()).isFalse();
        assertThat(sc.getNetworkAgents()).as("only the request has it").isEqualTo(2);
        assertThat(sc.getApplicableReadSize()).as("only the request has it").isEqualTo(512);
        assertThat(sc.field(Subclient.SUBCLIENT_ID)).as("only the GET has it").isEqualTo(4711);
        assertThat(sc.getContent()).containsExactly("/data");
    }

    @ParameterizedTest(name = "GET first: {0}")
    @ValueSource(booleans = {true, false})
    void requestFlagDoesNotOverrideGetFlag(boolean getFirst) {
        InputFile request = file("req.xml", """
                <App_UpdateSubClientPropertiesRequest>
                  <association><entity clientName="lnxfs01" backupsetName="defaultBackupSet" subclientName="data"/></association>
                  <subClientProperties><commonProperties allowMultipleDataReaders="1" numberOfBackupStreams="16"/></subClientProperties>
                </App_UpdateSubClientPropertiesRequest>
                """);

        Subclient sc = subclient(CommvaultFiles.parse(ordered(getFirst, SUBCLIENT_GET, request)),
                "lnxfs01/defaultBackupSet/data");

        assertThat(sc.isAllowMultipleDataReaders()).isFalse();
        assertThat(sc.getNumberOfBackupStreams()).isEqualTo(2);
    }

    @ParameterizedTest(name = "GET first: {0}")
    @ValueSource(booleans = {true, false})
    void storagePolicyGetWinsOverUpdateRequest(boolean getFirst) {
        InputFile get = file("sp.json", """
                {"policies": [{"storagePolicy": {"storagePolicyName": "SP-LTO8", "storagePolicyId": 17},
                               "numberOfStreams": 1}]}
                """);
        InputFile request = file("update_sp.xml", """
                <App_UpdateStoragePolicyReq>
                  <numberOfStreams>4</numberOfStreams>
                  <StoragePolicy>
                    <storagePolicyName>SP-LTO8</storagePolicyName>
                    <incrementalStoragePolicy><storagePolicyName>SP-Disk-Incr</storagePolicyName></incrementalStoragePolicy>
                  </StoragePolicy>
                </App_UpdateStoragePolicyReq>
                """);

        CommvaultEnvironment env = CommvaultFiles.parse(ordered(getFirst, get, request));

        assertThat(env.policies()).hasSize(1);
        StoragePolicy sp = policy(env, "SP-LTO8");
        assertThat(sp.getNumberOfStreams()).isEqualTo(1);
        assertThat(sp.getStoragePolicyId()).isEqualTo(17);
        assertThat(sp.getIncrementalStoragePolicy()).isEqualTo("SP-Disk-Incr");
    }

    @ParameterizedTest(name = "GET first: {0}")
    @ValueSource(booleans = {true, false})
    void copyGetWinsOverCopyUpdateRequest(boolean getFirst) {
        InputFile request = file("update_copy.xml", """
                <App_UpdateStoragePolicyCopyReq>
                  <storagePolicyCopyInfo>
                    <StoragePolicyCopy copyName="Primary" storagePolicyName="SP-T50e-LTO5"/>
                    <copyFlags useStreamsOverMultiplexing="1"/>
                    <mediaProperties multiplexingFactor="4"/>
                    <dataPathProperties chunkSizeMB="16384"/>
                    <retentionRules retainBackupDataForDays="14"/>
                  </storagePolicyCopyInfo>
                </App_UpdateStoragePolicyCopyReq>
                """);

        CommvaultEnvironment env = CommvaultFiles.parse(
                ordered(getFirst, CommvaultFiles.exampleFile("storage-policy-17-copy-31.json"), request));

        StoragePolicyCopy c = copy(env, CommvaultFiles.COPY);
        assertThat(c.getMultiplexingFactor()).isZero();
        assertThat(c.isUseStreamsOverMultiplexing()).isFalse();
        assertThat(c.getChunkSizeMB()).isEqualTo(8192);
        assertThat(c.getMedia()).isEqualTo("tape");
    }

    @ParameterizedTest(name = "GET first: {0}")
    @ValueSource(booleans = {true, false})
    void copyGetDetailWinsOverThePolicyListing(boolean getFirst) {
        InputFile listing = file("sp.json", """
                {"policies": [{"storagePolicy": {"storagePolicyName": "SP-T50e-LTO5", "storagePolicyId": 17},
                  "copies": [{"StoragePolicyCopy": {"copyId": 99, "copyName": "Primary"}, "copyPrecedence": 2}]}]}
                """);

        CommvaultEnvironment env = CommvaultFiles.parse(
                ordered(getFirst, CommvaultFiles.exampleFile("storage-policy-17-copy-31.json"), listing));

        StoragePolicyCopy c = copy(env, CommvaultFiles.COPY);
        assertThat(c.field(StoragePolicyCopy.COPY_ID)).isEqualTo(31);
        assertThat(c.isPrimary()).isTrue();
    }

    @Test
    void randomizeStreamOfThePolicyGetIsNotResetByTheCopyGetFlagsBlock() {
        CommvaultEnvironment env = parse(
                file("sp.json", """
                        {"policies": [{"storagePolicy": {"storagePolicyName": "SP-LTO8"}, "randomizeStream": 1}]}
                        """),
                file("copy.json", """
                        {"copy": {"StoragePolicyCopy": {"copyName": "Primary", "storagePolicyName": "SP-LTO8"},
                                  "StoragePolicyFlags": {"blockLevelDedup": 1}}}
                        """));

        assertThat(policy(env, "SP-LTO8").getRandomizeStream()).isTrue();
    }

    @ParameterizedTest(name = "GET first: {0}")
    @ValueSource(booleans = {true, false})
    void copyGetAbsentRandomizeStreamWinsOverRequest(boolean getFirst) {
        InputFile get = CommvaultFiles.exampleFile("storage-policy-17-copy-31.json"); // StoragePolicyFlags randomizeStream 0
        InputFile getWithoutFlag = file("copy.json", """
                {"copy": {"StoragePolicyCopy": {"copyName": "Primary", "storagePolicyName": "SP-T50e-LTO5"},
                          "StoragePolicyFlags": {"blockLevelDedup": 0}}}
                """);
        InputFile request = file("update_sp.xml", """
                <App_UpdateStoragePolicyReq>
                  <StoragePolicy><storagePolicyName>SP-T50e-LTO5</storagePolicyName></StoragePolicy>
                  <flag><randomizeStream>1</randomizeStream></flag>
                </App_UpdateStoragePolicyReq>
                """);

        assertThat(policy(CommvaultFiles.parse(ordered(getFirst, get, request)), CommvaultFiles.POLICY)
                .getRandomizeStream()).as("explicit 0 in the GET").isFalse();
        assertThat(policy(CommvaultFiles.parse(ordered(getFirst, getWithoutFlag, request)), CommvaultFiles.POLICY)
                .getRandomizeStream()).as("flag absent from the GET's StoragePolicyFlags = off").isFalse();
    }

    @Test
    void policyNamesThatDifferOnlyInCaseDescribeOneObject() {
        CommvaultEnvironment env = parse(CommvaultFiles.exampleFile("storage-policy-17.json"),
                file("copy.json", """
                        {"copy": {"StoragePolicyCopy": {"copyId": 31, "copyName": "Primary", "storagePolicyId": 17,
                                                        "storagePolicyName": "sp-t50e-lto5"},
                                  "copyPrecedence": 1,
                                  "StoragePolicyFlags": {"randomizeStream": 1},
                                  "dataPathProperties": [{"drivePool": {"drivePoolName": "dp"}, "chunkSizeMB": 8192}]}}
                        """),
                CommvaultFiles.exampleFile("subclient-4711.xml"));

        assertThat(env.policies()).hasSize(1);
        assertThat(env.copies()).hasSize(1);
        assertThat(env.dataPaths().get(0).getMedia()).isEqualTo("tape");
        assertThat(env.dataPaths().get(0).storagePolicy().getRandomizeStream()).isTrue();
    }
}
