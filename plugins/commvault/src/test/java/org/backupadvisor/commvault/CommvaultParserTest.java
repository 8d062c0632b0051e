package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backupadvisor.commvault.CommvaultFiles.copy;
import static org.backupadvisor.commvault.CommvaultFiles.exampleFile;
import static org.backupadvisor.commvault.CommvaultFiles.file;
import static org.backupadvisor.commvault.CommvaultFiles.mediaAgent;
import static org.backupadvisor.commvault.CommvaultFiles.parse;
import static org.backupadvisor.commvault.CommvaultFiles.policy;
import static org.backupadvisor.commvault.CommvaultFiles.resource;
import static org.backupadvisor.commvault.CommvaultFiles.subclient;

import java.util.List;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each document kind of research/commvault.md §1.1, JSON and XML, read into objects with Commvault's field names. */
class CommvaultParserTest {

    private static final String SUBCLIENT = "lnxfs01/defaultBackupSet/data";

    @Nested
    class SubclientGet {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"subclient/get-bare.json", "subclient/get-wrapped.json", "subclient/get-attributes.xml",
                "subclient/get-elements.xml"})
        void everySpellingOfTheResponseReadsTheSameSubclient(String path) {
            Subclient sc = subclient(parse(resource(path)), SUBCLIENT);

            assertThat(sc.getNumberOfBackupStreams()).isEqualTo(4);
            assertThat(sc.isAllowMultipleDataReaders()).isTrue();
            assertThat(sc.getNetworkAgents()).isEqualTo(4);
            assertThat(sc.getApplicableReadSize()).isEqualTo(64);
            assertThat(sc.getThrottleNetworkBandwidth()).isEqualTo(500);
            assertThat(sc.getStoragePolicyName()).isEqualTo("SP-LTO8");
            assertThat(sc.getPlanName()).isEqualTo("Server-Gold");
            assertThat(sc.getAppName()).isEqualTo("File System");
            assertThat(sc.isFileSystem()).isTrue();
            assertThat(sc.getContent()).containsExactly("/data", "/home");
            assertThat(sc.getMountPoints()).isEqualTo(2);
            assertThat(sc.isStorageDeviceExported()).isTrue();
            assertThat(sc.field(Subclient.SUBCLIENT_ID)).isEqualTo(4711);
            assertThat(sc.origin()).startsWith(path + ": line ");
        }

        @Test
        void theFourSpellingsGiveEqualFields() {
            Subclient bare = subclient(parse(resource("subclient/get-bare.json")), SUBCLIENT);
            for (String other : List.of("subclient/get-wrapped.json", "subclient/get-attributes.xml",
                    "subclient/get-elements.xml")) {
                assertThat(subclient(parse(resource(other)), SUBCLIENT).fields()).as(other).isEqualTo(bare.fields());
            }
        }

        @Test
        void bareJsonListWithTwoSubclientsGivesTwoObjects() {
            CommvaultEnvironment env = parse(file("two.json", """
                    {"subClientProperties": [
                      {"subClientEntity": {"clientName": "a", "backupsetName": "bs", "subclientName": "s1", "subclientId": 1},
                       "commonProperties": {"numberOfBackupStreams": 2}},
                      {"subClientEntity": {"clientName": "a", "backupsetName": "bs", "subclientName": "s2", "subclientId": 2},
                       "commonProperties": {"numberOfBackupStreams": 6}}
                    ]}
                    """));

            assertThat(env.subclients()).extracting(Subclient::objectId).containsExactly("a/bs/s1", "a/bs/s2");
            assertThat(subclient(env, "a/bs/s2").getNumberOfBackupStreams()).isEqualTo(6);
        }

        @Test
        void missingBackupsetMeansTheDefaultBackupSet() {
            CommvaultEnvironment env = parse(file("sc.json", """
                    {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "default"}}]}
                    """));

            assertThat(env.subclients()).extracting(Subclient::objectId).containsExactly("c/defaultBackupSet/default");
        }

        @Test
        void withoutStorageDeviceBlockItsSettingsAreUnknown() {
            Subclient sc = subclient(parse(file("sc.json", """
                    {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s"},
                      "commonProperties": {"numberOfBackupStreams": 0}}]}
                    """)), "c/defaultBackupSet/s");

            assertThat(sc.isStorageDeviceExported()).isFalse();
            assertThat(sc.getNumberOfBackupStreams()).isZero();
            assertThat(sc.getStoragePolicyName()).isNull();
            assertThat(sc.getApplicableReadSize()).isNull();
        }

        @Test
        void exampleXmlResponseWithAttributes() {
            CommvaultEnvironment env = parse(exampleFile("subclient-4711.xml"));
            Subclient sc = subclient(env, CommvaultFiles.SUBCLIENT);

            assertThat(sc.getNumberOfBackupStreams()).isEqualTo(2);
            assertThat(sc.isAllowMultipleDataReaders()).isFalse();
            assertThat(sc.getNetworkAgents()).isEqualTo(1);
            assertThat(sc.getApplicableReadSize()).isEqualTo(512);
            assertThat(sc.getThrottleNetworkBandwidth()).isZero();
            assertThat(sc.getStoragePolicyName()).isEqualTo(CommvaultFiles.POLICY);
            assertThat(sc.getContent()).containsExactly("/mnt/shows");
            assertThat(env.inputs()).extracting(ParsedInput::format).containsExactly("GET /Subclient/{id}");
        }
    }

    @Nested
    class SubclientUpdateRequest {

        @Test
        void qoperationRequestNamesTheSubclientInAssociationEntity() {
            CommvaultEnvironment env = parse(resource("subclient/update-request.xml"));
            Subclient sc = subclient(env, SUBCLIENT);

            assertThat(sc.getNumberOfBackupStreams()).isEqualTo(8);
            assertThat(sc.isAllowMultipleDataReaders()).isFalse();
            assertThat(sc.field(Subclient.ALLOW_MULTIPLE_DATA_READERS)).isEqualTo(false);
            assertThat(sc.getNetworkAgents()).isEqualTo(2);
            assertThat(sc.getApplicableReadSize()).isEqualTo(512);
            assertThat(sc.getThrottleNetworkBandwidth()).as("empty template element = not set").isNull();
            assertThat(sc.getStoragePolicyName()).isEqualTo("SP-Other");
            assertThat(sc.field(Subclient.SUBCLIENT_ID)).as("requests carry names, not ids").isNull();
            assertThat(env.inputs()).extracting(ParsedInput::format)
                    .containsExactly("qoperation App_UpdateSubClientPropertiesRequest");
        }

        @Test
        void attributeStyleRequestWithJsonPostBody() {
            CommvaultEnvironment env = parse(file("post.json", """
                    {"association": {"entity": [{"clientName": "c", "backupsetName": "bs", "subclientName": "s"}]},
                     "subClientProperties": {"commonProperties": {"numberOfBackupStreams": 3,
                                                                  "allowMultipleDataReaders": "SET_TRUE"}}}
                    """));

            Subclient sc = subclient(env, "c/bs/s");
            assertThat(sc.getNumberOfBackupStreams()).isEqualTo(3);
            assertThat(sc.isAllowMultipleDataReaders()).isTrue();
            assertThat(env.inputs()).extracting(ParsedInput::format)
                    .containsExactly("qoperation App_UpdateSubClientPropertiesRequest");
        }
    }

    @Nested
    class StoragePolicyGet {

        @Test
        void exampleV2DetailResponse() {
            CommvaultEnvironment env = parse(exampleFile("storage-policy-17.json"));
            StoragePolicy sp = policy(env, CommvaultFiles.POLICY);

            assertThat(sp.getNumberOfStreams()).isEqualTo(1);
            assertThat(sp.getStoragePolicyId()).isEqualTo(17);
            assertThat(sp.getIncrementalStoragePolicy()).isNull();
            assertThat(sp.getRandomizeStream()).as("not carried by the policy GET").isNull();
            StoragePolicyCopy primary = copy(env, CommvaultFiles.COPY);
            assertThat(primary.getStoragePolicyName()).isEqualTo(CommvaultFiles.POLICY);
            assertThat(primary.getCopyName()).isEqualTo("Primary");
            assertThat(primary.field(StoragePolicyCopy.COPY_ID)).isEqualTo(31);
            assertThat(primary.isPrimary()).isTrue();
            assertThat(primary.getMedia()).as("the listing does not say").isNull();
            assertThat(env.inputs()).extracting(ParsedInput::format)
                    .containsExactly("GET /V2/StoragePolicy/{id}?propertyLevel=10");
        }

        @Test
        void copiesListingGivesOneCopyPerEntryWithItsPrecedence() {
            CommvaultEnvironment env = parse(file("sp.json", """
                    {"policies": [{
                       "storagePolicy": {"storagePolicyName": "SP-LTO8", "storagePolicyId": 17},
                       "numberOfStreams": 4,
                       "incrementalStoragePolicy": {"storagePolicyName": "SP-Disk-Incr", "storagePolicyId": 18},
                       "copies": [
                         {"StoragePolicyCopy": {"copyId": 31, "copyName": "Primary"}, "copyPrecedence": 1},
                         {"StoragePolicyCopy": {"copyId": 32, "copyName": "Offsite"}, "copyPrecedence": 2}
                       ]}]}
                    """));

            StoragePolicy sp = policy(env, "SP-LTO8");
            assertThat(sp.getNumberOfStreams()).isEqualTo(4);
            assertThat(sp.getIncrementalStoragePolicy()).isEqualTo("SP-Disk-Incr");
            assertThat(env.copies()).extracting(StoragePolicyCopy::objectId)
                    .containsExactly("SP-LTO8/Offsite", "SP-LTO8/Primary");
            assertThat(copy(env, "SP-LTO8/Primary").isPrimary()).isTrue();
            assertThat(copy(env, "SP-LTO8/Offsite").isPrimary()).isFalse();
            assertThat(copy(env, "SP-LTO8/Offsite").field(StoragePolicyCopy.COPY_ID)).isEqualTo(32);
        }

        @Test
        void listOfSeveralPolicies() {
            CommvaultEnvironment env = parse(file("sps.json", """
                    {"policies": [
                      {"storagePolicy": {"storagePolicyName": "SP-A", "storagePolicyId": 1}, "numberOfStreams": 2},
                      {"storagePolicy": {"storagePolicyName": "SP-B", "storagePolicyId": 2}, "numberOfStreams": 50}
                    ]}
                    """));

            assertThat(env.policies()).extracting(StoragePolicy::getName, StoragePolicy::getNumberOfStreams)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SP-A", 2),
                            org.assertj.core.groups.Tuple.tuple("SP-B", 50));
        }
    }

    @Nested
    class StoragePolicyUpdateRequest {

        @Test
        void incrementalPolicyNestedUnderStoragePolicyAndRandomizeUnderFlag() {
            CommvaultEnvironment env = parse(file("update_sp.xml", """
                    <App_UpdateStoragePolicyReq>
                      <numberOfStreams>4</numberOfStreams>
                      <StoragePolicy>
                        <storagePolicyName>SP-LTO8</storagePolicyName>
                        <incrementalStoragePolicy><storagePolicyName>SP-Disk-Incr</storagePolicyName></incrementalStoragePolicy>
                      </StoragePolicy>
                      <flag><randomizeStream>1</randomizeStream></flag>
                    </App_UpdateStoragePolicyReq>
                    """));

            StoragePolicy sp = policy(env, "SP-LTO8");
            assertThat(sp.getNumberOfStreams()).isEqualTo(4);
            assertThat(sp.getIncrementalStoragePolicy()).isEqualTo("SP-Disk-Incr");
            assertThat(sp.getRandomizeStream()).isTrue();
            assertThat(env.inputs()).extracting(ParsedInput::format).containsExactly("qoperation App_UpdateStoragePolicyReq");
        }

        @Test
        void incrementalPolicyAtTopLevel() {
            CommvaultEnvironment env = parse(file("update_sp.xml", """
                    <App_UpdateStoragePolicyReq>
                      <StoragePolicy><storagePolicyName>SP-LTO8</storagePolicyName></StoragePolicy>
                      <incrementalStoragePolicy><storagePolicyName>SP-Disk-Incr</storagePolicyName></incrementalStoragePolicy>
                      <flag randomizeStream="SET_FALSE"/>
                    </App_UpdateStoragePolicyReq>
                    """));

            StoragePolicy sp = policy(env, "SP-LTO8");
            assertThat(sp.getIncrementalStoragePolicy()).isEqualTo("SP-Disk-Incr");
            assertThat(sp.getRandomizeStream()).isFalse();
            assertThat(sp.getNumberOfStreams()).isNull();
        }

        @Test
        void attributeStyleRequestWithTopLevelName() {
            CommvaultEnvironment env = parse(file("update_sp.xml", """
                    <App_UpdateStoragePolicyReq storagePolicyName="SP-LTO8" numberOfStreams="6" randomizeStream="true"/>
                    """));

            StoragePolicy sp = policy(env, "SP-LTO8");
            assertThat(sp.getNumberOfStreams()).isEqualTo(6);
            assertThat(sp.getRandomizeStream()).isTrue();
        }

        @Test
        void jsonFormWrappedInTheRequestName() {
            CommvaultEnvironment env = parse(file("update_sp.json", """
                    {"App_UpdateStoragePolicyReq": {"numberOfStreams": "4",
                       "StoragePolicy": {"storagePolicyName": "SP-LTO8", "storagePolicyId": "17"}}}
                    """));

            StoragePolicy sp = policy(env, "SP-LTO8");
            assertThat(sp.getNumberOfStreams()).isEqualTo(4);
            assertThat(sp.getStoragePolicyId()).isEqualTo(17);
        }
    }

    @Nested
    class CopyGet {

        @Test
        void exampleTapeCopy() {
            CommvaultEnvironment env = parse(exampleFile("storage-policy-17-copy-31.json"));
            StoragePolicyCopy c = copy(env, CommvaultFiles.COPY);

            assertThat(c.getMedia()).isEqualTo("tape");
            assertThat(c.getChunkSizeMB()).isEqualTo(8192);
            assertThat(c.getFlushBlockSizeKB()).isEqualTo(64);
            assertThat(c.getMultiplexingFactor()).isZero();
            assertThat(c.isUseStreamsOverMultiplexing()).isFalse();
            assertThat(c.isDeduplication()).isFalse();
            assertThat(c.getMediaAgentName()).isEqualTo(CommvaultFiles.MEDIA_AGENT);
            assertThat(c.field(StoragePolicyCopy.LIBRARY_NAME)).isEqualTo("Spectra T50e");
            assertThat(c.field(StoragePolicyCopy.COPY_ID)).isEqualTo(31);
            assertThat(c.field(StoragePolicyCopy.STORAGE_POLICY_ID)).isEqualTo(17);
            assertThat(c.isPrimary()).isTrue();
            assertThat(policy(env, CommvaultFiles.POLICY).getRandomizeStream())
                    .as("StoragePolicyFlags.randomizeStream 0 lands on the policy").isFalse();
            assertThat(env.inputs()).extracting(ParsedInput::format).containsExactly("GET /V2/StoragePolicy/{sp}/Copy/{copy}");
        }

        private static String copyGet(String inner) {
            return """
                    {"copy": {
                      "StoragePolicyCopy": {"copyId": 31, "copyName": "Primary", "storagePolicyId": 17,
                                            "storagePolicyName": "SP-LTO8"},
                      "copyPrecedence": 1,
                      %s
                    }}
                    """.formatted(inner);
        }

        @Test
        void drivePoolDataPathIsTape() {
            StoragePolicyCopy c = copy(parse(file("copy.json", copyGet("""
                    "dataPathProperties": [{"mediaAgent": {"mediaAgentName": "ma01"},
                                            "drivePool": {"drivePoolName": "DrivePool(ma01)1"}, "chunkSizeMB": 16384}]
                    """))), "SP-LTO8/Primary");

            assertThat(c.getMedia()).isEqualTo("tape");
            assertThat(c.getMediaAgentName()).isEqualTo("ma01");
        }

        @Test
        void mountPathDataPathIsDisk() {
            StoragePolicyCopy c = copy(parse(file("copy.json", copyGet("""
                    "dataPathProperties": [{"mediaAgent": {"mediaAgentName": "ma01"},
                                            "mountPath": "/mnt/disklib01", "chunkSizeMB": 4096}]
                    """))), "SP-LTO8/Primary");

            assertThat(c.getMedia()).isEqualTo("disk");
            assertThat(c.getChunkSizeMB()).isEqualTo(4096);
        }

        @Test
        void deduplicationMeansDiskEvenWithoutDataPath() {
            StoragePolicyCopy c = copy(parse(file("copy.json", copyGet("""
                    "dedupeFlags": {"enableDeduplication": 1}
                    """))), "SP-LTO8/Primary");

            assertThat(c.isDeduplication()).isTrue();
            assertThat(c.getMedia()).isEqualTo("disk");
        }

        @Test
        void withoutDataPathOrDedupeTheMediaIsUnknown() {
            StoragePolicyCopy c = copy(parse(file("copy.json", copyGet("""
                    "mediaProperties": {"multiplexingFactor": 4}
                    """))), "SP-LTO8/Primary");

            assertThat(c.getMedia()).isNull();
            assertThat(c.getChunkSizeMB()).isNull();
            assertThat(c.getMultiplexingFactor()).isEqualTo(4);
        }

        @Test
        void chunkSizeAndMediaComeFromTheFirstDataPath() {
            StoragePolicyCopy c = copy(parse(file("copy.json", copyGet("""
                    "mediaAgent": {"mediaAgentName": "ma-copy-level"},
                    "dataPathProperties": [
                      {"mediaAgent": {"mediaAgentName": "ma01"}, "drivePool": {"drivePoolName": "dp1"},
                       "chunkSizeMB": 8192, "flushBlockSizeKB": 256},
                      {"mediaAgent": {"mediaAgentName": "ma02"}, "mountPath": "/mnt/x",
                       "chunkSizeMB": 4096, "flushBlockSizeKB": 64}
                    ]
                    """))), "SP-LTO8/Primary");

            assertThat(c.getChunkSizeMB()).isEqualTo(8192);
            assertThat(c.getFlushBlockSizeKB()).isEqualTo(256);
            assertThat(c.getMedia()).isEqualTo("tape");
            assertThat(c.getMediaAgentName()).as("the default data path's MediaAgent").isEqualTo("ma01");
        }

        @Test
        void randomizeStreamFlagLandsOnTheStoragePolicy() {
            CommvaultEnvironment env = parse(file("copy.json", copyGet("""
                    "StoragePolicyFlags": {"randomizeStream": 1}
                    """)));

            assertThat(policy(env, "SP-LTO8").getRandomizeStream()).isTrue();
        }

        @Test
        void absentRandomizeStreamInPresentFlagsBlockIsOff() {
            CommvaultEnvironment env = parse(file("copy.json", copyGet("""
                    "StoragePolicyFlags": {"blockLevelDedup": 1}
                    """)));

            assertThat(policy(env, "SP-LTO8").getRandomizeStream()).isFalse();
        }

        @Test
        void withoutFlagsBlockNothingIsSaidAboutThePolicy() {
            CommvaultEnvironment env = parse(file("copy.json", copyGet("""
                    "mediaProperties": {"multiplexingFactor": 0}
                    """)));

            assertThat(env.policies()).isEmpty();
        }

        @Test
        void copyFlagsAndMultiplexing() {
            StoragePolicyCopy c = copy(parse(file("copy.json", copyGet("""
                    "copyFlags": {"useStreamsOverMultiplexing": 1},
                    "mediaProperties": {"multiplexingFactor": 4}
                    """))), "SP-LTO8/Primary");

            assertThat(c.isUseStreamsOverMultiplexing()).isTrue();
            assertThat(c.getMultiplexingFactor()).isEqualTo(4);
        }

        @Test
        void copyGetDetailsOverrideTheListingOfThePolicyGet() {
            CommvaultEnvironment env = parse(exampleFile("storage-policy-17.json"),
                    exampleFile("storage-policy-17-copy-31.json"));

            assertThat(env.copies()).hasSize(1);
            StoragePolicyCopy c = copy(env, CommvaultFiles.COPY);
            assertThat(c.getMedia()).isEqualTo("tape");
            assertThat(c.field(StoragePolicyCopy.COPY_ID)).isEqualTo(31);
            StoragePolicy sp = policy(env, CommvaultFiles.POLICY);
            assertThat(sp.getNumberOfStreams()).isEqualTo(1);
            assertThat(sp.getRandomizeStream()).isFalse();
            assertThat(env.policies()).hasSize(1);
        }
    }

    @Nested
    class CopyUpdateRequest {

        @Test
        void qoperationXml() {
            CommvaultEnvironment env = parse(file("update_copy.xml", """
                    <App_UpdateStoragePolicyCopyReq>
                      <storagePolicyCopyInfo>
                        <StoragePolicyCopy><copyName>Primary</copyName><storagePolicyName>SP-LTO8</storagePolicyName></StoragePolicyCopy>
                        <StoragePolicyFlags><randomizeStream>1</randomizeStream></StoragePolicyFlags>
                        <copyFlags><useStreamsOverMultiplexing>1</useStreamsOverMultiplexing></copyFlags>
                        <mediaProperties><multiplexingFactor>4</multiplexingFactor></mediaProperties>
                        <dataPathProperties>
                          <mediaAgent><mediaAgentName>ma01</mediaAgentName></mediaAgent>
                          <library><libraryName>LTO8-Lib</libraryName></library>
                          <chunkSizeMB>16384</chunkSizeMB>
                          <flushBlockSizeKB>256</flushBlockSizeKB>
                        </dataPathProperties>
                      </storagePolicyCopyInfo>
                    </App_UpdateStoragePolicyCopyReq>
                    """));

            StoragePolicyCopy c = copy(env, "SP-LTO8/Primary");
            assertThat(c.getMultiplexingFactor()).isEqualTo(4);
            assertThat(c.isUseStreamsOverMultiplexing()).isTrue();
            assertThat(c.getChunkSizeMB()).isEqualTo(16384);
            assertThat(c.getFlushBlockSizeKB()).isEqualTo(256);
            assertThat(c.getMediaAgentName()).isEqualTo("ma01");
            assertThat(c.field(StoragePolicyCopy.LIBRARY_NAME)).isEqualTo("LTO8-Lib");
            assertThat(policy(env, "SP-LTO8").getRandomizeStream()).isTrue();
            assertThat(env.inputs()).extracting(ParsedInput::format)
                    .containsExactly("qoperation App_UpdateStoragePolicyCopyReq");
        }

        @Test
        void cvpysdkAttributeStyleXml() {
            StoragePolicyCopy c = copy(parse(file("update_copy.xml", """
                    <App_UpdateStoragePolicyCopyReq>
                      <storagePolicyCopyInfo>
                        <StoragePolicyCopy _type_="18" storagePolicyId="17" storagePolicyName="SP-LTO8" copyName="Primary" copyId="31"/>
                        <mediaProperties multiplexingFactor="2"/>
                      </storagePolicyCopyInfo>
                    </App_UpdateStoragePolicyCopyReq>
                    """)), "SP-LTO8/Primary");

            assertThat(c.getMultiplexingFactor()).isEqualTo(2);
            assertThat(c.field(StoragePolicyCopy.COPY_ID)).isEqualTo(31);
            assertThat(c.field(StoragePolicyCopy.STORAGE_POLICY_ID)).isEqualTo(17);
        }

        @Test
        void jsonPutBody() {
            CommvaultEnvironment env = parse(file("put_copy.json", """
                    {"storagePolicyCopyInfo": {
                      "StoragePolicyCopy": {"copyName": "Primary", "storagePolicyName": "SP-LTO8"},
                      "copyFlags": {"useStreamsOverMultiplexing": "SET_TRUE"},
                      "mediaProperties": {"multiplexingFactor": "4"},
                      "dataPathProperties": [{"chunkSizeMB": 16384, "drivePool": {"drivePoolName": "dp1"}}]
                    }}
                    """));

            StoragePolicyCopy c = copy(env, "SP-LTO8/Primary");
            assertThat(c.isUseStreamsOverMultiplexing()).isTrue();
            assertThat(c.getMultiplexingFactor()).isEqualTo(4);
            assertThat(c.getChunkSizeMB()).isEqualTo(16384);
            assertThat(c.getMedia()).isEqualTo("tape");
            assertThat(env.inputs()).extracting(ParsedInput::format)
                    .containsExactly("qoperation App_UpdateStoragePolicyCopyReq");
        }
    }

    @Nested
    class MediaAgents {

        @Test
        void exampleV4Response() {
            CommvaultEnvironment env = parse(exampleFile("media-agent-2.json"));
            MediaAgent ma = mediaAgent(env, CommvaultFiles.MEDIA_AGENT);

            assertThat(ma.getParallelDataTransferOperations()).isEqualTo(100);
            assertThat(ma.getOptimizeForConcurrentLANBackups()).isFalse();
            assertThat(ma.getEffectiveParallelOperations()).isEqualTo(100);
            assertThat(ma.field(MediaAgent.MEDIA_AGENT_ID)).isEqualTo(2);
            assertThat(env.inputs()).extracting(ParsedInput::format).containsExactly("GET /V4/mediaAgent/{id}");
        }

        @Test
        void v4WithoutParallelOperationsUsesTheOptimizeDefault() {
            CommvaultEnvironment env = parse(
                    file("ma9.json", """
                            {"general": {"id": 9, "name": "ma09"}, "control": {"optimizeForConcurrentLANBackups": true}}
                            """),
                    file("ma10.json", """
                            {"general": {"id": 10, "name": "ma10"}, "control": {"optimizeForConcurrentLANBackups": false}}
                            """));

            assertThat(mediaAgent(env, "ma09").getEffectiveParallelOperations()).isEqualTo(100);
            assertThat(mediaAgent(env, "ma10").getEffectiveParallelOperations()).isEqualTo(25);
            assertThat(mediaAgent(env, "ma10").getParallelDataTransferOperations()).isNull();
        }

        @Test
        void v4RenderedAsXmlWithAttributes() {
            MediaAgent ma = mediaAgent(parse(file("ma.xml", """
                    <mediaAgent name="ma01" id="9">
                      <control optimizeForConcurrentLANBackups="true" parallelDataTransferOperations="200"/>
                    </mediaAgent>
                    """)), "ma01");

            assertThat(ma.getParallelDataTransferOperations()).isEqualTo(200);
            assertThat(ma.getOptimizeForConcurrentLANBackups()).isTrue();
            assertThat(ma.field(MediaAgent.MEDIA_AGENT_ID)).isEqualTo(9);
        }

        @Test
        void v2MediaAgentList() {
            CommvaultEnvironment env = parse(file("mas.json", """
                    {"mediaAgentList": [
                      {"mediaAgent": {"mediaAgentName": "ma01", "mediaAgentId": 9, "displayName": "ma01"}, "status": 1,
                       "mediaAgentProps": {"optimizeForConcurrentLANBackups": false}},
                      {"mediaAgent": {"mediaAgentName": "ma02", "mediaAgentId": 10}, "status": 1}
                    ]}
                    """));

            assertThat(env.mediaAgents()).extracting(MediaAgent::getName).containsExactly("ma01", "ma02");
            MediaAgent ma01 = mediaAgent(env, "ma01");
            assertThat(ma01.field(MediaAgent.MEDIA_AGENT_ID)).isEqualTo(9);
            assertThat(ma01.getOptimizeForConcurrentLANBackups()).isFalse();
            assertThat(ma01.getParallelDataTransferOperations()).as("V2 has no name for the limit").isNull();
            assertThat(ma01.getEffectiveParallelOperations()).isEqualTo(25);
            assertThat(mediaAgent(env, "ma02").getOptimizeForConcurrentLANBackups()).isNull();
            assertThat(env.inputs()).extracting(ParsedInput::format).containsExactly("GET /V2/MediaAgents/{id}");
        }
    }

    @Nested
    class Jobs {

        private static final double GIB = 1L << 30;

        private static String job(int id, String status, String level, long end, double gbPerHour) {
            return """
                    {"jobSummary": {"jobId": %d, "status": "%s", "jobType": "Backup", "backupLevelName": "%s",
                      "subclient": {"clientName": "lnxfs01", "subclientName": "data"},
                      "jobEndTime": %d, "averageThroughput": %s}}
                    """.formatted(id, status, level, end, gbPerHour);
        }

        private static String jobs(String... jobs) {
            return "{\"totalRecordsWithoutPaging\": " + jobs.length + ", \"jobs\": [" + String.join(",", jobs) + "]}";
        }

        @Test
        void averageThroughputIsGibibytesPerHour() {
            CommvaultEnvironment env = parse(file("jobs.json", jobs(job(812345, "Completed", "Full", 1741939200, 256.0))));

            Measurement m = env.measurements().get(MeasurementKey.THROUGHPUT_CURRENT).orElseThrow();
            double twoTebibytesIn8Hours = 2 * GIB * 1024 / (8 * 3600);
            assertThat(m.value()).isCloseTo(twoTebibytesIn8Hours, within(1e-6));
            assertThat(m.source()).contains("jobs.json").contains("812345");
        }

        @Test
        void exampleJobHistory() {
            CommvaultEnvironment env = parse(exampleFile("jobs.json"));

            assertThat(env.measurements().getThroughputCurrent()).isCloseTo(290 * GIB / 3600, within(1e-6));
            assertThat(env.inputs()).extracting(ParsedInput::format).containsExactly("GET /Job");
        }

        @Test
        void newestCompletedFullWinsOverNewerIncrementalAndFailedJobs() {
            CommvaultEnvironment env = parse(file("jobs.json", jobs(
                    job(1, "Completed", "Full", 1000, 100.0),
                    job(2, "Completed", "Full", 2000, 200.0),
                    job(3, "Completed", "Incremental", 3000, 20.0),
                    job(4, "Failed", "Full", 4000, 5.0),
                    job(5, "Killed", "Full", 5000, 7.0))));

            Measurement m = env.measurements().get(MeasurementKey.THROUGHPUT_CURRENT).orElseThrow();
            assertThat(m.value()).isCloseTo(200 * GIB / 3600, within(1e-6));
            assertThat(m.source()).contains("job 2 ");
        }

        @Test
        void incrementalIsUsedWhenNoFullCompleted() {
            CommvaultEnvironment env = parse(file("jobs.json", jobs(
                    job(1, "Failed", "Full", 1000, 300.0),
                    job(2, "Completed", "Incremental", 900, 40.0))));

            assertThat(env.measurements().getThroughputCurrent()).isCloseTo(40 * GIB / 3600, within(1e-6));
        }

        @Test
        void noCompletedBackupMeansNoMeasurement() {
            CommvaultEnvironment env = parse(file("jobs.json", jobs(job(1, "Failed", "Full", 1000, 300.0))));

            assertThat(env.measurements().getThroughputCurrent()).isNull();
        }

        @Test
        void jobListAsXml() {
            CommvaultEnvironment env = parse(file("jobs.xml", """
                    <JobManager_JobListResponse totalRecordsWithoutPaging="1">
                      <jobs>
                        <jobSummary jobId="7" status="Completed" jobType="Backup" backupLevelName="Full"
                                    jobEndTime="1741939200" averageThroughput="512"/>
                      </jobs>
                    </JobManager_JobListResponse>
                    """));

            assertThat(env.measurements().getThroughputCurrent()).isCloseTo(512 * GIB / 3600, within(1e-6));
        }
    }

    @Test
    void topLevelArrayOfResponsesIsNotHalfRead() {
        CommvaultEnvironment env = parse(file("responses.json", """
                [
                  {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s1"}}]},
                  {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s2"}}]}
                ]
                """));

        assertThat(env.subclients()).extracting(Subclient::objectId)
                .containsExactly("c/defaultBackupSet/s1", "c/defaultBackupSet/s2");
    }

    @Test
    void wholeExampleBundle() {
        CommvaultEnvironment env = CommvaultFiles.example();

        assertThat(env.product()).isEqualTo("commvault");
        assertThat(env.subclients()).extracting(Subclient::objectId).containsExactly(CommvaultFiles.SUBCLIENT);
        assertThat(env.policies()).extracting(StoragePolicy::objectId).containsExactly(CommvaultFiles.POLICY);
        assertThat(env.copies()).extracting(StoragePolicyCopy::objectId).containsExactly(CommvaultFiles.COPY);
        assertThat(env.mediaAgents()).extracting(MediaAgent::objectId).containsExactly(CommvaultFiles.MEDIA_AGENT);
        assertThat(env.inputs()).hasSize(5);
        assertThat(env.objects()).hasSize(4);
        assertThat(env.facts()).hasSize(5).contains(env.routes().get(0));
        assertThat(env.measurements().getThroughputCurrent()).isNotNull();
    }
}
