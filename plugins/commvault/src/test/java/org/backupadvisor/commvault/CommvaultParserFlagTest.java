package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backupadvisor.commvault.CommvaultFiles.copy;
import static org.backupadvisor.commvault.CommvaultFiles.file;
import static org.backupadvisor.commvault.CommvaultFiles.mediaAgent;
import static org.backupadvisor.commvault.CommvaultFiles.parse;
import static org.backupadvisor.commvault.CommvaultFiles.policy;
import static org.backupadvisor.commvault.CommvaultFiles.subclient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flags in every vendor spelling (research/commvault.md §1.2): GET responses use 0/1 or booleans, cvpysdk sends
 * SET_TRUE/SET_FALSE, request templates default to "2" (not set). Absent or "2" = the vendor default.
 */
class CommvaultParserFlagTest {

    private static Subclient jsonSubclient(String allowMultipleDataReaders) {
        return subclient(parse(file("sc.json", """
                {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s"},
                  "commonProperties": {"allowMultipleDataReaders": %s}}]}
                """.formatted(allowMultipleDataReaders))), "c/defaultBackupSet/s");
    }

    private static Subclient xmlSubclient(String allowMultipleDataReaders) {
        return subclient(parse(file("sc.xml", """
                <App_UpdateSubClientPropertiesRequest>
                  <association><entity clientName="c" subclientName="s"/></association>
                  <subClientProperties>
                    <commonProperties><allowMultipleDataReaders>%s</allowMultipleDataReaders></commonProperties>
                  </subClientProperties>
                </App_UpdateSubClientPropertiesRequest>
                """.formatted(allowMultipleDataReaders))), "c/defaultBackupSet/s");
    }

    @ParameterizedTest(name = "JSON {0} -> {1}")
    @CsvSource({
            "1, true", "0, false", "true, true", "false, false",
            "'\"1\"', true", "'\"0\"', false", "'\"true\"', true", "'\"false\"', false",
            "'\"SET_TRUE\"', true", "'\"SET_FALSE\"', false", "'\"set_true\"', true"})
    void jsonFlagSpellings(String json, boolean expected) {
        Subclient sc = jsonSubclient(json);

        assertThat(sc.isAllowMultipleDataReaders()).isEqualTo(expected);
        assertThat(sc.field(Subclient.ALLOW_MULTIPLE_DATA_READERS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "XML {0} -> {1}")
    @CsvSource({"1, true", "0, false", "true, true", "false, false", "SET_TRUE, true", "SET_FALSE, false",
            "' 1 ', true"})
    void xmlFlagSpellings(String xml, boolean expected) {
        Subclient sc = xmlSubclient(xml);

        assertThat(sc.isAllowMultipleDataReaders()).isEqualTo(expected);
        assertThat(sc.field(Subclient.ALLOW_MULTIPLE_DATA_READERS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = not set")
    @CsvSource({"'\"2\"'", "2", "null", "'\"\"'"})
    void twoNullAndEmptyMeanNotSetInJson(String json) {
        Subclient sc = jsonSubclient(json);

        assertThat(sc.field(Subclient.ALLOW_MULTIPLE_DATA_READERS)).isNull();
        assertThat(sc.isAllowMultipleDataReaders()).isFalse();
    }

    @Test
    void templateTwoMeansNotSetInXml() {
        Subclient sc = xmlSubclient("2");

        assertThat(sc.field(Subclient.ALLOW_MULTIPLE_DATA_READERS)).isNull();
        assertThat(sc.isAllowMultipleDataReaders()).isFalse();
    }

    @Test
    void notSetRequestFlagDoesNotOverrideAnotherFilesValue() {
        CommvaultEnvironment env = parse(
                file("get.json", """
                        {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s"},
                          "commonProperties": {"allowMultipleDataReaders": "2"}}]}
                        """),
                file("req.xml", """
                        <App_UpdateSubClientPropertiesRequest>
                          <association><entity clientName="c" subclientName="s"/></association>
                          <subClientProperties><commonProperties allowMultipleDataReaders="SET_TRUE"/></subClientProperties>
                        </App_UpdateSubClientPropertiesRequest>
                        """));

        assertThat(subclient(env, "c/defaultBackupSet/s").isAllowMultipleDataReaders())
                .as("the GET's '2' says nothing, so the request's value stands").isTrue();
    }

    @ParameterizedTest(name = "copy flags {0} -> {1}")
    @CsvSource({"1, true", "0, false", "'\"SET_TRUE\"', true", "'\"SET_FALSE\"', false", "true, true",
            "'\"2\"', false"})
    void copyAndPolicyFlags(String json, boolean expected) {
        CommvaultEnvironment env = parse(file("copy.json", """
                {"copy": {"StoragePolicyCopy": {"copyName": "Primary", "storagePolicyName": "SP"},
                  "StoragePolicyFlags": {"randomizeStream": %1$s},
                  "copyFlags": {"useStreamsOverMultiplexing": %1$s},
                  "dedupeFlags": {"enableDeduplication": %1$s}}}
                """.formatted(json)));

        StoragePolicyCopy c = copy(env, "SP/Primary");
        assertThat(c.isUseStreamsOverMultiplexing()).isEqualTo(expected);
        assertThat(c.isDeduplication()).isEqualTo(expected);
        assertThat(policy(env, "SP").getRandomizeStream()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "MediaAgent optimize {0} -> {1}")
    @CsvSource({"true, true", "1, true", "'\"SET_FALSE\"', false", "0, false"})
    void mediaAgentFlag(String json, boolean expected) {
        MediaAgent ma = mediaAgent(parse(file("ma.json", """
                {"general": {"id": 9, "name": "ma01"}, "control": {"optimizeForConcurrentLANBackups": %s}}
                """.formatted(json))), "ma01");

        assertThat(ma.getOptimizeForConcurrentLANBackups()).isEqualTo(expected);
        assertThat(ma.getEffectiveParallelOperations()).isEqualTo(expected ? 100 : 25);
    }

    @Test
    void absentSettingsGiveTheVendorDefaults() {
        CommvaultEnvironment env = parse(
                file("sc.json", """
                        {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s"},
                          "commonProperties": {"storageDevice": {}}}]}
                        """),
                file("copy.json", """
                        {"copy": {"StoragePolicyCopy": {"copyName": "Primary", "storagePolicyName": "SP"}}}
                        """),
                file("ma.json", """
                        {"general": {"name": "ma01"}, "control": {"enabled": true}}
                        """));

        Subclient sc = subclient(env, "c/defaultBackupSet/s");
        assertThat(sc.isAllowMultipleDataReaders()).isFalse();
        assertThat(sc.getNetworkAgents()).isEqualTo(2);
        assertThat(sc.getNumberOfBackupStreams()).isNull();
        assertThat(sc.getThrottleNetworkBandwidth()).isNull();
        assertThat(sc.isStorageDeviceExported()).isTrue();
        StoragePolicyCopy c = copy(env, "SP/Primary");
        assertThat(c.getMultiplexingFactor()).isZero();
        assertThat(c.isUseStreamsOverMultiplexing()).isFalse();
        assertThat(c.isDeduplication()).isFalse();
        assertThat(c.isPrimary()).as("named Primary, precedence not exported").isTrue();
        MediaAgent ma = mediaAgent(env, "ma01");
        assertThat(ma.getOptimizeForConcurrentLANBackups()).isNull();
        assertThat(ma.getEffectiveParallelOperations()).isEqualTo(100);
    }
}
