package org.backupadvisor.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class MeasurementsTest {
    private static final String SRC = "--measure";

    @Test
    void parsesEachKindIntoBaseUnits() {
        Measurements m = Measurements.builder()
                .parse("tape.drives", "2", SRC)
                .parse("tape.driveWrite", "120MB/s", SRC)
                .parse("network.loss", "0.1%", SRC)
                .parse("network.rtt", "40ms", SRC)
                .parse("replication.size", "30TB", SRC)
                .parse("network.mtu", "9000", SRC)
                .build();

        assertThat(m.getTapeDrives()).isEqualTo(2);
        assertThat(m.getTapeDriveWrite()).isEqualTo(120e6);
        assertThat(m.getNetworkLoss()).isCloseTo(0.001, within(1e-12));
        assertThat(m.getNetworkRtt()).isCloseTo(0.04, within(1e-12));
        assertThat(m.getNetworkMtu()).isEqualTo(9000);
        assertThat(m.get(MeasurementKey.REPLICATION_SIZE)).get()
                .extracting(Measurement::value).isEqualTo(30e12);
    }

    @Test
    void keepsTheTextAndWhereItCameFrom() {
        Measurements m = Measurements.builder().parse("tape.driveWrite", " 120MB/s ", "--measure tape.driveWrite").build();
        Measurement mm = m.get(MeasurementKey.TAPE_DRIVE_WRITE).orElseThrow();
        assertThat(mm.display()).isEqualTo("120MB/s");
        assertThat(mm.source()).isEqualTo("--measure tape.driveWrite");
        assertThat(mm.key()).isEqualTo(MeasurementKey.TAPE_DRIVE_WRITE);
    }

    @Test
    void percentWithoutSignIsStillAPercentage() {
        Measurements m = Measurements.builder().parse("network.loss", "2", SRC).build();
        assertThat(m.getNetworkLoss()).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void unmeasuredGettersAreNull() {
        Measurements m = Measurements.none();
        assertThat(m.getThroughputCurrent()).isNull();
        assertThat(m.getTapeDrives()).isNull();
        assertThat(m.getNetworkLoss()).isNull();
        assertThat(m.all()).isEmpty();
    }

    @Test
    void unknownKeyListsTheKnownKeys() {
        assertThatThrownBy(() -> Measurements.builder().parse("tape.speed", "120MB/s", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'tape.speed'")
                .hasMessageContaining("tape.drives")
                .hasMessageContaining("tape.driveWrite")
                .hasMessageContaining("throughput.current")
                .hasMessageContaining("replication.window");
    }

    @Test
    void badValueNamesTheKeyAndTheValue() {
        assertThatThrownBy(() -> Measurements.builder().parse("tape.drives", "two", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(SRC + ": tape.drives: ")
                .hasMessageContaining("'two'");
    }

    @Test
    void badRateNamesTheKey() {
        assertThatThrownBy(() -> Measurements.builder().parse("throughput.current", "fast", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("throughput.current")
                .hasMessageContaining("'fast'");
    }

    @Test
    void refusesNegativeCountsAndPercentagesOutOfRange() {
        assertThatThrownBy(() -> Measurements.builder().parse("tape.drives", "-1", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("tape.drives");
        assertThatThrownBy(() -> Measurements.builder().parse("network.loss", "150%", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("network.loss")
                .hasMessageContaining("0-100%");
        assertThatThrownBy(() -> Measurements.builder().parse("network.loss", "lossy", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("0.1%");
    }

    @Test
    void refusesNaNPercent() {
        assertThatThrownBy(() -> Measurements.builder().parse("network.loss", "NaN%", SRC))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("network.loss");
    }

    @Test
    void userValuesWinOverExportValues() {
        Measurements fromExports = Measurements.builder()
                .parse("throughput.current", "290GB/hr", "jobs.json: job 812345")
                .parse("tape.drives", "2", "jobs.json")
                .build();
        Measurements user = Measurements.builder()
                .parse("throughput.current", "100MB/s", "--measured")
                .build();

        Measurements merged = user.withDefaults(fromExports);

        assertThat(merged.getThroughputCurrent()).isEqualTo(100e6);
        assertThat(merged.get(MeasurementKey.THROUGHPUT_CURRENT).orElseThrow().source()).isEqualTo("--measured");
        // What only the exports carry is kept.
        assertThat(merged.getTapeDrives()).isEqualTo(2);
        // Neither input is changed.
        assertThat(user.getTapeDrives()).isNull();
        assertThat(fromExports.getThroughputCurrent()).isCloseTo(290e9 / 3600, within(1.0));
    }

    @Test
    void isImmutable() {
        Measurements m = Measurements.builder().parse("tape.drives", "2", SRC).build();
        assertThatThrownBy(() -> m.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void knownKeysMatchTheDesignVocabulary() {
        assertThat(MeasurementKey.byKey("network.rtt")).contains(MeasurementKey.NETWORK_RTT);
        assertThat(MeasurementKey.byKey("Network.RTT")).isEmpty();
        assertThat(MeasurementKey.knownKeys().split(", ")).containsExactlyInAnyOrder(
                "throughput.current", "source.readPerStream", "source.readAggregate", "network.linkSpeed",
                "network.rtt", "network.loss", "network.mtu", "tape.drives", "tape.driveWrite", "target.sessions",
                "replication.size", "replication.duration", "replication.window");
    }
}
