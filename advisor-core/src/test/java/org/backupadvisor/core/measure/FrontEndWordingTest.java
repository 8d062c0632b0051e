package org.backupadvisor.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.UsageException;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;
import org.junit.jupiter.api.Test;

/**
 * The measure splitting and the goal problems the CLI and the REST service share: one rule, each front end's names
 * (the wording each had before it moved here).
 */
class FrontEndWordingTest {

    @Test
    void optionNamesAsEachFrontEndSpellsThem() {
        assertThat(OptionStyle.CLI.name("restoreTarget")).isEqualTo("--restore-target");
        assertThat(OptionStyle.API.name("restoreTarget")).isEqualTo("restoreTarget");
        assertThat(OptionStyle.CLI.example("window", "48h")).isEqualTo("--window 48h");
        assertThat(OptionStyle.API.example("window", "48h")).isEqualTo("window=48h");
    }

    @Test
    void aMeasureIsKeyEqualsValueSplitAtTheFirstEquals() {
        Measurements m = Measurements.builder().parseAssignment(" tape.drives = 2", OptionStyle.CLI)
                .parseAssignment("tape.driveWrite=120MB/s", OptionStyle.API).parseMeasured("290GB/hr", OptionStyle.CLI)
                .build();
        assertThat(m.getTapeDrives()).isEqualTo(2);
        assertThat(m.get(MeasurementKey.TAPE_DRIVES).orElseThrow().source()).isEqualTo("--measure  tape.drives = 2");
        assertThat(m.get(MeasurementKey.TAPE_DRIVE_WRITE).orElseThrow().source())
                .isEqualTo("measure tape.driveWrite=120MB/s");
        assertThat(m.get(MeasurementKey.THROUGHPUT_CURRENT).orElseThrow().source()).isEqualTo("--measured 290GB/hr");

        for (String bad : new String[]{"tape.drives", "=2", "tape.drives="}) {
            assertThatThrownBy(() -> Measurements.builder().parseAssignment(bad, OptionStyle.CLI))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("--measure '" + bad + "' must be KEY=VALUE, e.g. --measure tape.drives=2");
            assertThatThrownBy(() -> Measurements.builder().parseAssignment(bad, OptionStyle.API))
                    .hasMessage("measure '" + bad + "' must be KEY=VALUE, e.g. measure=tape.drives=2");
        }
        assertThatThrownBy(() -> Measurements.builder().parseAssignment("tape.speed=1", OptionStyle.API))
                .isInstanceOf(InputException.class).isNotInstanceOf(UsageException.class)
                .hasMessageStartingWith("measure tape.speed=1: unknown measurement key 'tape.speed'");
    }

    @Test
    void goalProblemsInEachFrontEndsWords() {
        assertThat(Target.Problem.BOTH.message(OptionStyle.CLI))
                .isEqualTo("give either --target or --window with --size, not both");
        assertThat(Target.Problem.BOTH.message(OptionStyle.API)).isEqualTo("give either target or window with size, not both");
        assertThat(Target.Problem.WINDOW_WITHOUT_SIZE.message(OptionStyle.CLI))
                .isEqualTo("--window needs --size too (e.g. --window 48h --size 30TB)");
        assertThat(Target.Problem.SIZE_WITHOUT_WINDOW.message(OptionStyle.API))
                .isEqualTo("size needs window too (e.g. window=48h and size=30TB)");
        assertThat(Target.Problem.NONE.message(OptionStyle.CLI)).isEqualTo("no target: pass --target RATE (e.g. 173MB/s) "
                + "or --window DURATION --size SIZE (e.g. 48h and 30TB), --restore-target RATE, or --measure "
                + "replication.size=SIZE with --measure replication.window=DURATION");
        assertThat(Target.Problem.NONE.message(OptionStyle.API)).isEqualTo("no target: pass target (e.g. 173MB/s) or "
                + "window and size (e.g. 48h and 30TB), restoreTarget, or measure=replication.size=SIZE with "
                + "measure=replication.window=DURATION");
    }

    @Test
    void theBackupGoalIsOptionalOnlyWhenAnotherPhaseHasOne() {
        DataRate rate = DataRate.parse("173MB/s");
        Target t = Target.backupGoal(rate, "173MB/s", null, null, false, Measurements.none(), OptionStyle.API);
        assertThat(t.rate()).isEqualTo(rate);
        assertThat(t.source()).isEqualTo("target 173MB/s");
        assertThat(Target.backupGoal(null, null, DataSize.parse("30TB"), Durations.parse("48h"), false,
                Measurements.none(), OptionStyle.CLI).source()).isEqualTo("30 TB in 48 h");
        assertThat(Target.backupGoal(null, null, null, null, true, Measurements.none(), OptionStyle.CLI)).isNull();
        Measurements replication = Measurements.builder().parseAssignment("replication.size=1TB", OptionStyle.CLI)
                .parseAssignment("replication.window=8h", OptionStyle.CLI).build();
        assertThat(Target.backupGoal(null, null, null, null, false, replication, OptionStyle.CLI)).isNull();
        assertThatThrownBy(() -> Target.backupGoal(null, null, null, null, false, Measurements.none(), OptionStyle.CLI))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("no target: pass --target RATE");
        assertThatThrownBy(() -> Target.backupGoal(rate, "173MB/s", null, Durations.parse("48h"), false,
                Measurements.none(), OptionStyle.API)).hasMessage("give either target or window with size, not both");
    }
}
