package org.backupadvisor.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void windowOf30TbIn48hIsTheSeeds173MegabytesPerSecond() {
        Target t = Target.ofWindow(DataSize.parse("30TB"), Durations.parse("48h"));
        assertThat(t.rate().bytesPerSecond()).isCloseTo(173.6e6, within(0.05e6));
        assertThat(t.rate()).hasToString("173.6 MB/s");
        assertThat(t.source()).isEqualTo("30 TB in 48 h");
    }

    @Test
    void explicitTargetSaysItsRateAndNoWindow() {
        Target t = Target.of(DataRate.parse("173MB/s"));
        assertThat(t.rate().bytesPerSecond()).isEqualTo(173e6);
        assertThat(t.source()).isEqualTo("173 MB/s");
        assertThat(t.size()).isNull();
        assertThat(t.window()).isNull();
    }
}
