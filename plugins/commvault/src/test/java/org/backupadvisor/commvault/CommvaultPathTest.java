package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backupadvisor.commvault.CommvaultFiles.file;
import static org.backupadvisor.commvault.CommvaultFiles.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputModel;
import org.backupadvisor.core.model.ThroughputPath;
import org.junit.jupiter.api.Test;

/**
 * The S1 data path (examples/commvault/weekend-window, 2 LTO-5 drives at 120 MB/s) as stream limits and capacities,
 * before and after the expert's changes (shared/scenarios/S1-commvault-weekend-window.md).
 */
class CommvaultPathTest {

    private static final double MB = 1e6;
    private static final Measurements TWO_DRIVES = measure("tape.drives=2", "tape.driveWrite=120MB/s");

    private final CommvaultPlugin plugin = new CommvaultPlugin();
    private final CommvaultEnvironment today = CommvaultFiles.example();

    private Subclient sc() {
        return today.subclients().get(0);
    }

    private StoragePolicy sp() {
        return today.policies().get(0);
    }

    private StoragePolicyCopy copy() {
        return today.copies().get(0);
    }

    private MediaAgent ma() {
        return today.mediaAgents().get(0);
    }

    private static Recommendation rec(CommvaultObject o, String field, Object recommended) {
        return new Recommendation(o, field, o.field(field), recommended, "S1");
    }

    /** The expert's plan of scenario S1. */
    private List<Recommendation> s1Changes() {
        return List.of(
                rec(sc(), Subclient.NUMBER_OF_BACKUP_STREAMS, 4),
                rec(sc(), Subclient.ALLOW_MULTIPLE_DATA_READERS, true),
                rec(sc(), Subclient.NETWORK_AGENTS, 2),
                rec(sp(), StoragePolicy.NUMBER_OF_STREAMS, 4),
                rec(sp(), StoragePolicy.RANDOMIZE_STREAM, true),
                rec(sp(), StoragePolicy.INCREMENTAL_STORAGE_POLICY, "an incremental storage policy, tuned the same way"),
                rec(copy(), StoragePolicyCopy.MULTIPLEXING_FACTOR, 4),
                rec(copy(), StoragePolicyCopy.USE_STREAMS_OVER_MULTIPLEXING, true),
                rec(copy(), StoragePolicyCopy.CHUNK_SIZE_MB, 16384),
                rec(ma(), MediaAgent.PARALLEL_DATA_TRANSFER_OPERATIONS, 200),
                rec(ma(), MediaAgent.OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS, true));
    }

    private static StreamLimit limit(ThroughputPath p, String name) {
        return p.streamLimits().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no stream limit '" + name + "' in " + p.streamLimits()));
    }

    private static Optional<Capacity> capacity(ThroughputPath p, String name) {
        return p.capacities().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Test
    void todayTheSingleDataReaderLimitsTheWholePath() {
        ThroughputPath p = plugin.path(today, TWO_DRIVES);

        assertThat(p.streamLimits()).extracting(StreamLimit::name, StreamLimit::stage, StreamLimit::streams)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("data readers", Stage.CLIENT, 1),
                        org.assertj.core.groups.Tuple.tuple("device streams", Stage.MEDIA_SERVER, 1),
                        org.assertj.core.groups.Tuple.tuple("MediaAgent parallel operations", Stage.MEDIA_SERVER, 100),
                        org.assertj.core.groups.Tuple.tuple("drive streams", Stage.TARGET_DEVICE, 2));
        assertThat(limit(p, "data readers").derivation())
                .as("2 readers configured, but multiple readers off on one mount point")
                .contains("numberOfBackupStreams 2").contains("allowMultipleDataReaders off");
        assertThat(ThroughputModel.effectiveStreams(p)).isEqualTo(1);
        assertThat(capacity(p, "tape drives").orElseThrow().bytesPerSecond()).as("one stream keeps one drive busy")
                .isCloseTo(120 * MB, within(1e-3));
        assertThat(p.capacities()).noneMatch(c -> c.stage() == Stage.NETWORK);
    }

    @Test
    void limitsNameTheKnobsThatMoveThem() {
        ThroughputPath p = plugin.path(today, TWO_DRIVES);

        // The reader sum covers every subclient of the group, so it names the settings, not each object.
        assertThat(limit(p, "data readers").settings()).containsExactlyInAnyOrder(
                "commvault.subclient.numberOfBackupStreams", "commvault.subclient.allowMultipleDataReaders");
        assertThat(limit(p, "device streams").settings())
                .containsExactly("commvault.storagePolicy.numberOfStreams@" + CommvaultFiles.POLICY);
        assertThat(limit(p, "drive streams").settings()).contains(
                "commvault.copy.multiplexingFactor@" + CommvaultFiles.COPY,
                "commvault.copy.useStreamsOverMultiplexing@" + CommvaultFiles.COPY);
        for (Recommendation r : s1Changes()) {
            boolean moves = p.reads(r.getKnob());
            switch (r.getField()) {
                case Subclient.NUMBER_OF_BACKUP_STREAMS, Subclient.ALLOW_MULTIPLE_DATA_READERS,
                        StoragePolicy.NUMBER_OF_STREAMS, StoragePolicyCopy.MULTIPLEXING_FACTOR,
                        StoragePolicyCopy.USE_STREAMS_OVER_MULTIPLEXING, MediaAgent.PARALLEL_DATA_TRANSFER_OPERATIONS ->
                        assertThat(moves).as(r.getKnob()).isTrue();
                case StoragePolicyCopy.CHUNK_SIZE_MB, StoragePolicy.RANDOMIZE_STREAM,
                        StoragePolicy.INCREMENTAL_STORAGE_POLICY -> assertThat(moves).as(r.getKnob()).isFalse();
                default -> {
                }
            }
        }
    }

    @Test
    void afterTheS1ChangesFourStreamsKeepBothDrivesBusy() {
        CommvaultEnvironment tuned = today.apply(s1Changes());

        ThroughputPath p = plugin.path(tuned, TWO_DRIVES);

        assertThat(limit(p, "data readers").streams()).isEqualTo(4);
        assertThat(limit(p, "device streams").streams()).isEqualTo(4);
        assertThat(limit(p, "MediaAgent parallel operations").streams()).isEqualTo(200);
        assertThat(limit(p, "drive streams").streams()).as("2 drives × multiplexing 4").isEqualTo(8);
        assertThat(ThroughputModel.effectiveStreams(p)).isEqualTo(4);
        assertThat(capacity(p, "tape drives").orElseThrow().bytesPerSecond()).isCloseTo(240 * MB, within(1e-3));
    }

    @Test
    void multiplexingWithoutStreamsOverMultiplexingFillsOneDriveFirst() {
        List<Recommendation> changes = new ArrayList<>(s1Changes());
        changes.removeIf(r -> r.getField().equals(StoragePolicyCopy.USE_STREAMS_OVER_MULTIPLEXING));
        CommvaultEnvironment tuned = today.apply(changes);

        ThroughputPath p = plugin.path(tuned, TWO_DRIVES);

        assertThat(ThroughputModel.effectiveStreams(p)).isEqualTo(4);
        Capacity drives = capacity(p, "tape drives").orElseThrow();
        assertThat(drives.bytesPerSecond()).as("4 streams multiplexed onto 1 of 2 drives").isCloseTo(120 * MB, within(1e-3));
        assertThat(drives.derivation()).contains("1 of 2 drive(s)");
        assertThat(drives.settings()).contains("commvault.copy.useStreamsOverMultiplexing@" + CommvaultFiles.COPY);
    }

    @Test
    void moreStreamsWithoutMultiplexingAreCappedByTheDrives() {
        CommvaultEnvironment tuned = today.apply(List.of(
                rec(sc(), Subclient.ALLOW_MULTIPLE_DATA_READERS, true),
                rec(sc(), Subclient.NUMBER_OF_BACKUP_STREAMS, 4),
                rec(sp(), StoragePolicy.NUMBER_OF_STREAMS, 4)));

        ThroughputPath p = plugin.path(tuned, TWO_DRIVES);

        assertThat(limit(p, "drive streams").streams()).as("2 drives, 1 stream each").isEqualTo(2);
        assertThat(ThroughputModel.effectiveStreams(p)).isEqualTo(2);
        assertThat(capacity(p, "tape drives").orElseThrow().bytesPerSecond()).isCloseTo(240 * MB, within(1e-3));
    }

    @Test
    void networkThrottleIsMegabytesPerHourTimesNetworkAgents() {
        // example: networkAgents 1
        CommvaultEnvironment throttled = today.apply(List.of(
                rec(sc(), Subclient.THROTTLE_NETWORK_BANDWIDTH, 180_000)));

        Capacity net = capacity(plugin.path(throttled, TWO_DRIVES), "network throttle").orElseThrow();
        assertThat(net.stage()).isEqualTo(Stage.NETWORK);
        assertThat(net.perStream()).isFalse();
        assertThat(net.bytesPerSecond()).as("180000 MB/hr × 1 agent").isCloseTo(50 * MB, within(1e-3));
        assertThat(net.settings()).containsExactlyInAnyOrder(
                "commvault.subclient.throttleNetworkBandwidth", "commvault.subclient.networkAgents");

        CommvaultEnvironment moreAgents = throttled.apply(List.of(
                rec(throttled.subclients().get(0), Subclient.NETWORK_AGENTS, 2)));
        assertThat(capacity(plugin.path(moreAgents, TWO_DRIVES), "network throttle").orElseThrow().bytesPerSecond())
                .as("180000 MB/hr × 2 agents").isCloseTo(100 * MB, within(1e-3));
    }

    @Test
    void throttleWithDefaultNetworkAgents() {
        CommvaultEnvironment env = CommvaultFiles.parse(file("sc.json", """
                {"subClientProperties": [{"subClientEntity": {"clientName": "c", "subclientName": "s"},
                  "commonProperties": {"numberOfBackupStreams": 1,
                                       "storageDevice": {"throttleNetworkBandwidth": 36000}}}]}
                """));

        Capacity net = capacity(plugin.path(env, Measurements.none()), "network throttle").orElseThrow();
        assertThat(net.bytesPerSecond()).as("36000 MB/hr × 2 default agents").isCloseTo(20 * MB, within(1e-3));
    }

    @Test
    void withoutTapeMeasurementsNoDriveLimitIsModelled() {
        ThroughputPath p = plugin.path(today, Measurements.none());

        assertThat(p.streamLimits()).extracting(StreamLimit::name).doesNotContain("drive streams");
        assertThat(capacity(p, "tape drives")).isEmpty();
        assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("tape.drives"));
    }

    @Test
    void drivesWithoutDriveSpeedLimitStreamsButNotThroughput() {
        ThroughputPath p = plugin.path(today, measure("tape.drives=2"));

        assertThat(limit(p, "drive streams").streams()).isEqualTo(2);
        assertThat(capacity(p, "tape drives")).isEmpty();
        assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("tape.driveWrite"));
    }

    @Test
    void diskCopyHasNoTapeStage() {
        CommvaultEnvironment disk = today.apply(List.of(rec(copy(), StoragePolicyCopy.MEDIA, "disk")));

        ThroughputPath p = plugin.path(disk, TWO_DRIVES);

        assertThat(p.streamLimits()).extracting(StreamLimit::stage).doesNotContain(Stage.TARGET_DEVICE);
        assertThat(capacity(p, "tape drives")).isEmpty();
    }

    @Test
    void measuredSourceAndNetworkBecomeCapacitiesOnceTheCoreComposesThePath() {
        Measurements m = measure("tape.drives=2", "tape.driveWrite=120MB/s", "source.readPerStream=253MB/s",
                "network.linkSpeed=10Gbit/s");
        org.backupadvisor.core.model.BackupPath own = plugin.paths(today, m).get(0);
        assertThat(own.id()).isEqualTo("storage policy SP-T50e-LTO5");
        assertThat(own.endpoints()).extracting(Object::toString).containsExactly("media server backup01");
        // The plugin's own stages leave the measured capacities to the core, which adds them once for every product.
        assertThat(capacity(own.path(), "source read per stream")).isEmpty();
        ThroughputPath p = org.backupadvisor.core.model.PathComposer.compose(own, List.of(), m);

        Capacity source = capacity(p, "source read per stream").orElseThrow();
        assertThat(source.perStream()).isTrue();
        assertThat(source.bytesPerSecond()).isCloseTo(253 * MB, within(1e-3));
        assertThat(capacity(p, "network link").orElseThrow().bytesPerSecond()).isCloseTo(1250 * MB, within(1e-3));
    }

    @Test
    void zeroDataReadersMeansOnePerMountPoint() {
        CommvaultEnvironment optimal = today.apply(List.of(rec(sc(), Subclient.NUMBER_OF_BACKUP_STREAMS, 0)));

        ThroughputPath p = plugin.path(optimal, TWO_DRIVES);

        assertThat(limit(p, "data readers").streams()).isEqualTo(1);
        assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("one reader per mount point"));
    }

    @Test
    void subclientsOfTheSamePolicyAddTheirReaders() {
        CommvaultEnvironment env = CommvaultFiles.parse(
                CommvaultFiles.exampleFile("subclient-4711.xml"),
                file("second.json", """
                        {"subClientProperties": [{"subClientEntity": {"clientName": "backup01", "subclientName": "news"},
                          "commonProperties": {"numberOfBackupStreams": 3, "allowMultipleDataReaders": true,
                            "storageDevice": {"dataBackupStoragePolicy": {"storagePolicyName": "SP-T50e-LTO5"}}}}]}
                        """),
                CommvaultFiles.exampleFile("storage-policy-17.json"));

        ThroughputPath p = plugin.path(env, Measurements.none());

        assertThat(limit(p, "data readers").streams()).as("1 (shows) + 3 (news)").isEqualTo(4);
        assertThat(p.assumptions()).anySatisfy(a -> assertThat(a).contains("2 subclient(s)"));
    }

    @Test
    void mediaAgentDefaultLimitWhenNotExported() {
        CommvaultEnvironment env = CommvaultFiles.parse(
                CommvaultFiles.exampleFile("subclient-4711.xml"), CommvaultFiles.exampleFile("storage-policy-17-copy-31.json"),
                file("ma.json", """
                        {"general": {"id": 2, "name": "backup01"}, "control": {"optimizeForConcurrentLANBackups": false}}
                        """));

        ThroughputPath p = plugin.path(env, TWO_DRIVES);

        assertThat(limit(p, "MediaAgent parallel operations").streams()).isEqualTo(25);
        assertThat(limit(p, "MediaAgent parallel operations").derivation()).contains("default");
        assertThat(p.streamLimits()).extracting(StreamLimit::name).doesNotContain("device streams");
    }

    @Test
    void noSubclientsNoPath() {
        CommvaultEnvironment env = CommvaultFiles.parse(CommvaultFiles.exampleFile("storage-policy-17.json"));

        assertThat(plugin.path(env, TWO_DRIVES)).isNull();
    }
}
