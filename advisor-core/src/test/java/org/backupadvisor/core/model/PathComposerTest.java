package org.backupadvisor.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.backupadvisor.core.measure.Measurements;
import org.junit.jupiter.api.Test;

class PathComposerTest {
    static final double MB = 1e6;

    private static final StreamLimit READERS = new StreamLimit(Stage.CLIENT, "data readers", 4, "readers 4", Set.of("p.sc.readers"));
    private static final Capacity DRIVES = Capacity.total(Stage.TARGET_DEVICE, "tape drives", 240 * MB, "2 drives", Set.of());

    private static BackupPath base(Endpoint... endpoints) {
        return new BackupPath("policy A", "p", Phase.BACKUP, new ThroughputPath(List.of(READERS), List.of(DRIVES),
                List.of("own assumption")), List.of(endpoints));
    }

    private static Capacity port(String host, String lane, double bps) {
        return Capacity.lane(Stage.NETWORK, "NICs of " + host, lane, bps, host + " " + lane, Set.of());
    }

    @Test
    void lanesOfOneStageAddUpAndStagesInSeriesTakeTheMinimum() {
        Contribution nics = new Contribution("platform", List.of(), List.of(port("ma1", "eth0", 117.5 * MB),
                port("ma1", "eth1", 117.5 * MB)), List.of(), List.of(Endpoint.mediaServer("ma1")));

        ThroughputPath p = PathComposer.compose(base(Endpoint.mediaServer("ma1")), List.of(nics), Measurements.none());

        Capacity nic = p.capacities().stream().filter(c -> c.name().equals("NICs of ma1")).findFirst().orElseThrow();
        assertThat(nic.bytesPerSecond()).isCloseTo(235 * MB, within(1.0));
        assertThat(nic.lane()).isNull();
        assertThat(nic.derivation()).isEqualTo("NICs of ma1: ma1 eth0 + ma1 eth1 = 235 MB/s");
        // In series with the drives (240 MB/s) the two ports bind.
        Projection proj = ThroughputModel.project(p, 100 * MB, 4, 1, 1);
        assertThat(proj.bytesPerSecond()).isCloseTo(235 * MB, within(1.0));
        assertThat(proj.bindingCapacity().name()).isEqualTo("NICs of ma1");
        assertThat(proj.settingsBind()).isFalse();
    }

    @Test
    void lanesOfDifferentHostsStayApart() {
        Contribution nics = new Contribution("platform", List.of(), List.of(port("ma1", "eth0", 117.5 * MB),
                port("client1", "eth0", 1175 * MB)), List.of(), List.of());
        ThroughputPath p = PathComposer.compose(base(), List.of(nics), Measurements.none());
        assertThat(p.capacities()).extracting(Capacity::name).containsExactlyInAnyOrder("tape drives", "NICs of ma1",
                "NICs of client1");
    }

    @Test
    void measuredCapacitiesAreAddedOnceForEveryProduct() {
        Measurements m = Measurements.builder().parse("source.readPerStream", "253MB/s", "test")
                .parse("network.linkSpeed", "10Gbit/s", "test").parse("source.readAggregate", "1.4TB/hr", "test").build();
        ThroughputPath p = PathComposer.compose(base(), List.of(), m);
        assertThat(p.capacities()).extracting(Capacity::name).containsExactly("tape drives", "source read per stream",
                "source aggregate read", "network link");
        assertThat(p.capacities().get(1).perStream()).isTrue();
    }

    @Test
    void anUnmatchedDestinationIsSaidAndKeepsTheOwnStages() {
        Endpoint share = Endpoint.destination("smb", "av01", "share1");
        ThroughputPath p = PathComposer.compose(base(share), List.of(), Measurements.none());
        assertThat(p.capacities()).containsExactly(DRIVES);
        assertThat(p.assumptions()).contains("own assumption").anySatisfy(a -> assertThat(a)
                .isEqualTo("destination smb av01:share1 has no target or platform export: modelled with p's own stages only"));
        Contribution matched = new Contribution("altavault", List.of(), List.of(), List.of(), List.of(share));
        assertThat(PathComposer.compose(base(share), List.of(matched), Measurements.none()).assumptions())
                .noneMatch(a -> a.contains("has no target"));
    }

    @Test
    void contributedStreamLimitsJoinTheMinimum() {
        StreamLimit sessions = new StreamLimit(Stage.TARGET_DEVICE, "appliance sessions", 2, "2 sessions", Set.of());
        Contribution c = new Contribution("altavault", List.of(sessions), List.of(), List.of(), List.of());
        ThroughputPath p = PathComposer.compose(base(), List.of(c), Measurements.none());
        assertThat(ThroughputModel.effectiveStreams(p)).isEqualTo(2);
    }

    @Test
    void hostNamesCompareWithoutCaseAndDomain() {
        assertThat(Endpoint.mediaServer("BACKUP01.corp.example.net").isHost("backup01")).isTrue();
        assertThat(Endpoint.mediaServer("10.1.2.3").isHost("10.1.2.3")).isTrue();
        assertThat(Endpoint.mediaServer("10.1.2.3").isHost("10.1.2")).isFalse();
    }
}
