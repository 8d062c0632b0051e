package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;

/** When tuning cannot reach the target, the plan stops at the hardware and names it ("until ... a hardware bottleneck is named"). */
class HardwareBottleneckTest {
    static final String EXAMPLE = "../examples/commvault/weekend-window/";

    private static Cli.Result run(String target, String format) {
        return Cli.run("analyze", EXAMPLE, "--target", target, "--measured", "290GB/hr", "--measure", "tape.drives=2",
                "--measure", "tape.driveWrite=120MB/s", "--format", format);
    }

    @Test
    void aTargetAboveTwoDrivesIsNotMetAndTheDrivesAreNamed() {
        Analysis a = AnalysisJson.read(run("300MB/s", "json").out());
        assertThat(a.targetMet()).isFalse();
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e6));
        assertThat(a.bottleneck().stage()).isEqualTo("target-device");
        assertThat(a.bottleneck().description()).contains("2 tape drive(s) × 120 MB/s = 240 MB/s");
        // The same parallelism changes are still recommended: they buy everything the drives can take.
        assertThat(a.steps()).isNotEmpty();
        assertThat(a.steps().get(a.steps().size() - 1).afterBytesPerSecond()).isCloseTo(240e6, within(1e6));

        String text = run("300MB/s", "text").out();
        assertThat(text).contains("TARGET NOT MET").contains("80% of the target").contains("more hardware");
    }

    @Test
    void aMeasurementAboveAMeasuredCapacityIsFlagged() {
        Cli.Result r = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measured", "200MB/s",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--format", "json");
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.assumptions()).anySatisfy(s -> assertThat(s).contains("check the measurements")
                .contains("200 MB/s"));
    }
}
