package org.backupadvisor.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThroughputModelTest {
    private static final double MB = 1e6;

    private static StreamLimit readers(int n) {
        return new StreamLimit(Stage.SOURCE, "data readers", n, "data readers = " + n, Set.of("readers@x"));
    }

    private static StreamLimit deviceStreams(int n) {
        return new StreamLimit(Stage.TARGET_DEVICE, "device streams", n, "device streams = " + n, Set.of("deviceStreams@x"));
    }

    private static final Capacity DRIVES = Capacity.total(Stage.TARGET_DEVICE, "tape drives", 240 * MB,
            "2 LTO drives × 120 MB/s = 240 MB/s", Set.of("drives@x"));

    private static ThroughputPath path(int readers, int deviceStreams, Capacity... caps) {
        return new ThroughputPath(List.of(readers(readers), deviceStreams(deviceStreams)), List.of(caps), List.of());
    }

    @Test
    void calibratesPerStreamRateFromMeasuredThroughputAndTodaysStreams() {
        assertThat(ThroughputModel.calibratePerStream(path(1, 1, DRIVES), 80 * MB)).isEqualTo(80 * MB);
        // 2 readers but 1 device stream: still one effective stream.
        assertThat(ThroughputModel.calibratePerStream(path(2, 1, DRIVES), 80 * MB)).isEqualTo(80 * MB);
        assertThat(ThroughputModel.calibratePerStream(path(4, 4, DRIVES), 320 * MB)).isEqualTo(80 * MB);
        // Zero streams is treated as one rather than dividing by zero.
        assertThat(ThroughputModel.calibratePerStream(path(0, 4), 80 * MB)).isEqualTo(80 * MB);
    }

    @Test
    void calibrationHonoursSubLinearScaling() {
        ThroughputPath sqrt = new ThroughputPath(List.of(readers(4)), List.of(), List.of(), 0.5);
        assertThat(ThroughputModel.calibratePerStream(sqrt, 160 * MB)).isCloseTo(80 * MB, within(1e-6));
        Projection p = ThroughputModel.project(sqrt, 80 * MB, 4, 1, 1);
        assertThat(p.bytesPerSecond()).isCloseTo(160 * MB, within(1e-6));
    }

    @Test
    void effectiveStreamsIsTheMinimumAlongThePath() {
        assertThat(ThroughputModel.effectiveStreams(path(4, 1))).isEqualTo(1);
        assertThat(ThroughputModel.effectiveStreams(path(4, 6))).isEqualTo(4);
        Projection p = ThroughputModel.project(path(4, 1, DRIVES), 80 * MB, 1, 1, 1);
        assertThat(p.effectiveStreams()).isEqualTo(1);
        assertThat(p.bindingStreamLimit().name()).isEqualTo("device streams");
        assertThat(p.derivation().get(0)).contains("data readers 4", "device streams 1", "= 1");
    }

    @Test
    void raisingOneStreamLimitAloneGainsNothing() {
        double before = ThroughputModel.project(path(1, 1, DRIVES), 80 * MB, 1, 1, 1).bytesPerSecond();
        double after = ThroughputModel.project(path(4, 1, DRIVES), 80 * MB, 1, 1, 1).bytesPerSecond();
        assertThat(before).isEqualTo(80 * MB);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void offeredRateIsCappedByTheTotalCapacity() {
        Projection p = ThroughputModel.project(path(4, 4, DRIVES), 80 * MB, 1, 1, 1);
        assertThat(p.offeredBytesPerSecond()).isEqualTo(320 * MB);
        assertThat(p.bytesPerSecond()).isEqualTo(240 * MB);
        assertThat(p.bindingCapacity()).isEqualTo(DRIVES);
        assertThat(p.bottleneckStage()).isEqualTo(Stage.TARGET_DEVICE);
        assertThat(p.bottleneckCapacity()).isEqualTo(240 * MB);
        assertThat(p.bottleneckDescription()).isEqualTo("2 LTO drives × 120 MB/s = 240 MB/s");
        assertThat(String.join("\n", p.derivation()))
                .contains("4 stream(s) × 80 MB/s = 320 MB/s offered")
                .contains("capped at 240 MB/s by target device");
    }

    @Test
    void smallestTotalCapacityBinds() {
        Capacity network = Capacity.total(Stage.NETWORK, "link", 125 * MB, "1 Gbit/s link", Set.of());
        Projection p = ThroughputModel.project(path(4, 4, DRIVES, network), 80 * MB, 1, 1, 1);
        assertThat(p.bytesPerSecond()).isEqualTo(125 * MB);
        assertThat(p.bottleneckStage()).isEqualTo(Stage.NETWORK);
    }

    @Test
    void withoutABindingCapacityTheStreamsAreTheBottleneck() {
        Projection p = ThroughputModel.project(path(2, 1, DRIVES), 80 * MB, 1, 1, 1);
        assertThat(p.bindingCapacity()).isNull();
        assertThat(p.bottleneckStage()).isEqualTo(Stage.TARGET_DEVICE);
        assertThat(p.bottleneckCapacity()).isEqualTo(80 * MB);
        assertThat(p.bottleneckDescription()).isEqualTo("device streams = 1 → 1 stream(s) × 80 MB/s per stream");
    }

    @Test
    void perStreamCapacityCapsEachStream() {
        Capacity reader = Capacity.perStream(Stage.SOURCE, "single reader", 50 * MB, "tar | pv 50 MB/s", Set.of());
        Projection p = ThroughputModel.project(path(4, 4, reader), 80 * MB, 1, 1, 1);
        assertThat(p.perStreamBytesPerSecond()).isEqualTo(50 * MB);
        assertThat(p.bytesPerSecond()).isEqualTo(200 * MB);
        assertThat(p.bindingCapacity()).isNull();
    }

    @Test
    void lowEndDiscountsAddedStreamsAndCapacities() {
        ThroughputPath p = path(4, 4, DRIVES);
        Projection point = ThroughputModel.project(p, 80 * MB, 1, 1, 1);
        Projection low = ThroughputModel.project(p, 80 * MB, 1, 0.8, 0.85);
        // 1 + 3 × 0.8 = 3.4 streams' worth.
        assertThat(low.offeredBytesPerSecond()).isCloseTo(272 * MB, within(1e-3));
        assertThat(low.bytesPerSecond()).isCloseTo(204 * MB, within(1e-3));
        assertThat(low.bytesPerSecond()).isLessThan(point.bytesPerSecond());
        // Streams that were already there at calibration are not discounted.
        Projection unchanged = ThroughputModel.project(path(4, 4), 80 * MB, 4, 0.8, 1);
        assertThat(unchanged.bytesPerSecond()).isEqualTo(320 * MB);
    }

    @Test
    void aPathWithoutStreamLimitsIsOneFlowBoundByItsCapacities() {
        // A protocol switch or a NIC is a capacity, not a stream count: such a path is valid.
        ThroughputPath none = new ThroughputPath(List.of(), List.of(DRIVES), List.of());
        Projection p = ThroughputModel.project(none, 300 * MB, 1, 1, 1);
        assertThat(p.effectiveStreams()).isEqualTo(1);
        assertThat(p.bindingStreamLimit()).isNull();
        assertThat(p.bytesPerSecond()).isEqualTo(DRIVES.bytesPerSecond());
        assertThat(p.bottleneckStage()).isEqualTo(DRIVES.stage());
        assertThat(ThroughputModel.project(none, 80 * MB, 1, 1, 1).bottleneckDescription()).startsWith("one stream at 80");
    }

    @Test
    void pathReadsTheSettingsOfItsLimitsAndCapacities() {
        ThroughputPath p = path(1, 1, DRIVES);
        assertThat(p.reads("readers@x")).isTrue();
        assertThat(p.reads("drives@x")).isTrue();
        assertThat(p.reads("compression@x")).isFalse();
        assertThatThrownBy(() -> new StreamLimit(Stage.SOURCE, "n", -1, "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
