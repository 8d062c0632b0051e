package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backupadvisor.commvault.CommvaultFiles.file;
import static org.backupadvisor.commvault.CommvaultFiles.parse;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;

/** Joins subclient → storage policy → primary copy → MediaAgent, and apply() for pricing changes. */
class CommvaultEnvironmentTest {

    private static InputFile subclient(String name, String policy) {
        return file(name + ".json", """
                {"subClientProperties": [{
                  "subClientEntity": {"clientName": "c", "subclientName": "%s"},
                  "commonProperties": {"storageDevice": {"dataBackupStoragePolicy": {"storagePolicyName": "%s"}}}
                }]}
                """.formatted(name, policy));
    }

    private static InputFile copy(String policy, String copyName, Integer precedence, String mediaAgent) {
        return file(policy + "-" + copyName + ".json", """
                {"copy": {
                  "StoragePolicyCopy": {"copyName": "%s", "storagePolicyName": "%s"},
                  %s
                  "mediaAgent": %s
                }}
                """.formatted(copyName, policy, precedence == null ? "" : "\"copyPrecedence\": " + precedence + ",",
                mediaAgent == null ? "null" : "{\"mediaAgentName\": \"" + mediaAgent + "\"}"));
    }

    private static InputFile mediaAgent(String name) {
        return file(name + ".json", """
                {"general": {"name": "%s"}, "control": {"parallelDataTransferOperations": 50}}
                """.formatted(name));
    }

    private static InputFile policy(String name) {
        return file(name + ".json", """
                {"policies": [{"storagePolicy": {"storagePolicyName": "%s"}, "numberOfStreams": 3}]}
                """.formatted(name));
    }

    @Test
    void exampleBundleJoinsEveryLink() {
        CommvaultEnvironment env = CommvaultFiles.example();

        assertThat(env.dataPaths()).hasSize(1);
        DataPath p = env.dataPaths().get(0);
        assertThat(p.subclient().objectId()).isEqualTo(CommvaultFiles.SUBCLIENT);
        assertThat(p.storagePolicy().objectId()).isEqualTo(CommvaultFiles.POLICY);
        assertThat(p.copy().objectId()).isEqualTo(CommvaultFiles.COPY);
        assertThat(p.mediaAgent().objectId()).isEqualTo(CommvaultFiles.MEDIA_AGENT);
        assertThat(p.getMedia()).isEqualTo("tape");
    }

    @Test
    void policyNameMatchesCaseInsensitively() {
        CommvaultEnvironment env = parse(subclient("s", "sp-lto8"), policy("SP-LTO8"),
                copy("SP-LTO8", "Primary", 1, "MA01"), mediaAgent("ma01"));

        DataPath p = env.dataPaths().get(0);
        assertThat(p.storagePolicy()).isNotNull();
        assertThat(p.storagePolicy().getName()).isEqualTo("SP-LTO8");
        assertThat(p.copy().getCopyName()).isEqualTo("Primary");
        assertThat(p.mediaAgent()).as("MediaAgent name matches case-insensitively too").isNotNull();
        assertThat(p.mediaAgent().getName()).isEqualTo("ma01");
    }

    @Test
    void primaryCopyIsTheOneWithPrecedenceOne() {
        CommvaultEnvironment env = parse(subclient("s", "SP"), policy("SP"),
                copy("SP", "Aux-Offsite", 2, "ma02"), copy("SP", "Main", 1, "ma01"), copy("SP", "Primary", 3, "ma03"),
                mediaAgent("ma01"), mediaAgent("ma02"), mediaAgent("ma03"));

        DataPath p = env.dataPaths().get(0);
        assertThat(p.copy().getCopyName()).as("precedence beats the name").isEqualTo("Main");
        assertThat(p.mediaAgent().getName()).isEqualTo("ma01");
    }

    @Test
    void withoutPrecedenceTheCopyNamedPrimaryIsThePrimary() {
        CommvaultEnvironment env = parse(subclient("s", "SP"), policy("SP"),
                copy("SP", "Aux", null, "ma02"), copy("SP", "PRIMARY", null, "ma01"));

        assertThat(env.dataPaths().get(0).copy().getCopyName()).isEqualTo("PRIMARY");
    }

    @Test
    void copyOfAnotherPolicyIsNotJoined() {
        CommvaultEnvironment env = parse(subclient("s", "SP-A"), policy("SP-A"), copy("SP-B", "Primary", 1, "ma01"));

        DataPath p = env.dataPaths().get(0);
        assertThat(p.storagePolicy().getName()).isEqualTo("SP-A");
        assertThat(p.copy()).isNull();
        assertThat(p.mediaAgent()).isNull();
        assertThat(p.getMedia()).isNull();
    }

    @Test
    void missingPolicyLeavesTheRestOfThePathNull() {
        CommvaultEnvironment env = parse(subclient("s", "SP-Missing"), policy("SP-Other"),
                copy("SP-Other", "Primary", 1, "ma01"), mediaAgent("ma01"));

        DataPath p = env.dataPaths().get(0);
        assertThat(p.subclient().objectId()).isEqualTo("c/defaultBackupSet/s");
        assertThat(p.storagePolicy()).isNull();
        assertThat(p.copy()).isNull();
        assertThat(p.mediaAgent()).isNull();
    }

    @Test
    void subclientWithoutStoragePolicyNameIsNotJoined() {
        CommvaultEnvironment env = parse(file("sc.json", """
                {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s"}}]}
                """), policy("SP"));

        assertThat(env.dataPaths().get(0).storagePolicy()).isNull();
    }

    @Test
    void copyMediaAgentMissingFromTheBundleLeavesItNull() {
        CommvaultEnvironment env = parse(subclient("s", "SP"), policy("SP"), copy("SP", "Primary", 1, "ma09"),
                mediaAgent("ma01"), mediaAgent("ma02"));

        assertThat(env.dataPaths().get(0).copy()).isNotNull();
        assertThat(env.dataPaths().get(0).mediaAgent()).isNull();
    }

    @Test
    void theOnlyMediaAgentServesACopyThatNamesNone() {
        CommvaultEnvironment env = parse(subclient("s", "SP"), policy("SP"), copy("SP", "Primary", 1, null),
                mediaAgent("ma01"));

        assertThat(env.dataPaths().get(0).mediaAgent().getName()).isEqualTo("ma01");
    }

    @Test
    void subclientsOfOnePolicyShareOneRouteWithTheirCountAndReaders() {
        CommvaultEnvironment env = parse(subclient("b", "sp"), subclient("a", "SP"), subclient("x", "SP-Missing"),
                policy("SP"), policy("SP-Idle"), copy("SP", "Primary", 1, "ma01"), copy("SP-Idle", "Primary", 1, "ma01"),
                mediaAgent("ma01"));

        // Names match case-insensitively, so "sp" and "SP" are one route; no content exported = one reader each.
        assertThat(env.routes()).extracting(Route::policyKey, Route::getSubclients, Route::getEffectiveReaders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sp", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("sp-missing", 1, 1),
                        org.assertj.core.groups.Tuple.tuple(null, 0, 0));
        Route sp = env.routes().get(0);
        assertThat(sp.getStoragePolicy().getName()).isEqualTo("SP");
        assertThat(sp.getCopy().getCopyName()).isEqualTo("Primary");
        assertThat(sp.getMediaAgent().getName()).isEqualTo("ma01");
        assertThat(sp.getPlanKey()).as("no plan named").isEmpty();
        assertThat(env.routes().get(1).getStoragePolicy()).as("a policy not in the inputs").isNull();
        Route idle = env.routes().get(2);
        assertThat(idle.getStoragePolicy().getName()).as("a policy no subclient writes to still gets its route")
                .isEqualTo("SP-Idle");
        assertThat(idle.getCopy()).isNotNull();
        // The rules match routes, not one path per subclient; the planner still reads a path per subclient.
        assertThat(env.facts()).containsAll(env.routes()).noneMatch(DataPath.class::isInstance);
        assertThat(env.dataPaths()).hasSize(4);
        assertThat(env.subclients()).allSatisfy(sc -> assertThat(env.routes()).filteredOn(r ->
                sc.getStoragePolicyKey().equals(r.getPolicyKey()) && sc.getPlanKey().equals(r.getPlanKey())).hasSize(1));
    }

    @Test
    void oneDataPathPerSubclient() {
        CommvaultEnvironment env = parse(subclient("b", "SP"), subclient("a", "SP"), policy("SP"),
                copy("SP", "Primary", 1, "ma01"), mediaAgent("ma01"));

        assertThat(env.dataPaths()).extracting(p -> p.subclient().objectId())
                .containsExactly("c/defaultBackupSet/a", "c/defaultBackupSet/b");
        assertThat(env.dataPaths()).allSatisfy(p -> assertThat(p.copy().getCopyName()).isEqualTo("Primary"));
    }

    @Test
    void applyWritesRecommendedValuesIntoCopiesAndRejoins() {
        CommvaultEnvironment env = CommvaultFiles.example();
        Subclient sc = env.subclients().get(0);
        StoragePolicyCopy c = env.copies().get(0);

        CommvaultEnvironment changed = env.apply(List.of(
                new Recommendation(sc, Subclient.NUMBER_OF_BACKUP_STREAMS, 2, 4, "more readers"),
                new Recommendation(sc, Subclient.ALLOW_MULTIPLE_DATA_READERS, false, true, "readers per mount point"),
                new Recommendation(c, StoragePolicyCopy.MULTIPLEXING_FACTOR, 0, 4, "keep the drives streaming")));

        assertThat(changed.subclients().get(0).getNumberOfBackupStreams()).isEqualTo(4);
        assertThat(changed.subclients().get(0).isAllowMultipleDataReaders()).isTrue();
        assertThat(changed.copies().get(0).getMultiplexingFactor()).isEqualTo(4);
        assertThat(changed.dataPaths().get(0).subclient()).isSameAs(changed.subclients().get(0));
        assertThat(changed.dataPaths().get(0).copy().getMultiplexingFactor()).isEqualTo(4);
        assertThat(changed.measurements()).isSameAs(env.measurements());
        // the original is untouched
        assertThat(env.subclients().get(0).getNumberOfBackupStreams()).isEqualTo(2);
        assertThat(env.copies().get(0).getMultiplexingFactor()).isZero();
        assertThat(env.dataPaths().get(0).subclient().isAllowMultipleDataReaders()).isFalse();
    }

    @Test
    void applyMatchesObjectsByTypeAndId() {
        CommvaultEnvironment env = CommvaultFiles.example();
        // A policy and a MediaAgent of the same ids in another bundle still address this bundle's objects.
        StoragePolicy otherPolicy = new StoragePolicy(CommvaultFiles.POLICY, "elsewhere", java.util.Map.of());
        MediaAgent unknownMa = new MediaAgent("ma-unknown", "elsewhere", java.util.Map.of());

        CommvaultEnvironment changed = env.apply(List.of(
                new Recommendation(otherPolicy, StoragePolicy.NUMBER_OF_STREAMS, 1, 4, "device streams"),
                new Recommendation(unknownMa, MediaAgent.PARALLEL_DATA_TRANSFER_OPERATIONS, 100, 200, "ops")));

        assertThat(changed.policies().get(0).getNumberOfStreams()).isEqualTo(4);
        assertThat(changed.mediaAgents()).extracting(MediaAgent::getName).containsExactly(CommvaultFiles.MEDIA_AGENT);
        assertThat(changed.mediaAgents().get(0).getParallelDataTransferOperations()).isEqualTo(100);
    }

    @Test
    void applyWithNothingLeavesAnEqualEnvironment() {
        CommvaultEnvironment env = CommvaultFiles.example();

        CommvaultEnvironment same = env.apply(List.of());

        assertThat(same.objects()).isEqualTo(env.objects());
        assertThat(same.dataPaths()).isEqualTo(env.dataPaths());
    }
}
