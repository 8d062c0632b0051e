package org.backupadvisor.avamar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.junit.jupiter.api.Test;

class ActivityHistoryTest {
    private static InputFile sample(String name) throws IOException {
        try (InputStream in = ActivityHistoryTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    private static InputFile xml(String rows) {
        return new InputFile("activity.xml", ("<?xml version=\"1.0\"?>\n<CLIOutput>\n<Data>\n" + rows
                + "</Data>\n</CLIOutput>\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String id, String status, String elapsed, String end, String bytes) {
        return "<Row><ID>" + id + "</ID><Status>" + status + "</Status><Elapsed>" + elapsed + "</Elapsed>"
                + (end == null ? "" : "<EndTime>" + end + "</EndTime>")
                + (bytes == null ? "" : "<ProgressBytes>" + bytes + "</ProgressBytes>")
                + "<Client>c" + id + "</Client><Plug-In>Replicate</Plug-In></Row>\n";
    }

    @Test
    void theNewestCompletedReplicationJobGivesDurationAndSize() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("mccli-activity-show.xml")));
        Measurement d = env.measurements().get(MeasurementKey.REPLICATION_DURATION).orElseThrow();
        assertThat(d.value()).isEqualTo(36 * 3600);
        assertThat(d.source()).contains("mccli-activity-show.xml: line ").contains("9176841234567809")
                .contains("36");
        Measurement s = env.measurements().get(MeasurementKey.REPLICATION_SIZE).orElseThrow();
        assertThat(s.value()).isEqualTo(45.5 * Math.pow(1024, 4));
        assertThat(env.inputs()).extracting(i -> i.format()).containsExactly("mccli-activity-xml");
        assertThat(env.groups()).isEmpty();
        assertThat(env.notes()).isEmpty();
    }

    @Test
    void detectsActivityXmlButNotOtherXml() throws IOException {
        assertThat(AvamarParser.detect(sample("mccli-activity-show.xml"))).contains(AvamarParser.Format.ACTIVITY_XML);
        assertThat(AvamarParser.detect(new InputFile("other.xml",
                "<?xml version=\"1.0\"?><Data><Row><Attribute>a</Attribute></Row></Data>".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void concurrentJobsOfOneRunAreItsWallTimeAndTheirBytesAdd() {
        Measurements m = new AvamarParser().parse(List.of(xml(
                row("1", "Completed", "10h:00m:00s", "2026-11-30 10:00 CET", "1,099,511,627,776 Bytes")
                        + row("2", "Completed w/Exception(s)", "12h:30m:00s", "2026-11-30 14:00 CET", "2.0 TB")
                        + row("3", "Completed", "01h:00m:00s", "2026-11-28 01:00 CET", "9.0 TB")))).measurements();
        // Job 1 ran 00:00-10:00, job 2 01:30-14:00: one run of 14 h; job 3 two days earlier is another run.
        assertThat(m.getReplicationDuration()).isEqualTo(14 * 3600.0);
        assertThat(m.getReplicationSize()).isEqualTo(3 * Math.pow(1024, 4));
        assertThat(m.get(MeasurementKey.REPLICATION_DURATION).orElseThrow().source()).contains("2 concurrent replication jobs (2, 1)");
    }

    @Test
    void withoutBytesOnlyTheDurationIsSupplied() {
        Measurements m = new AvamarParser().parse(List.of(xml(row("1", "Completed", "02h:15m", null, null))))
                .measurements();
        assertThat(m.getReplicationDuration()).isEqualTo(2.25 * 3600);
        assertThat(m.getReplicationSize()).isNull();
    }

    @Test
    void noCompletedReplicationIsANoteNotAMeasurement() {
        AvamarEnvironment env = new AvamarParser().parse(List.of(xml(row("1", "Failed", "02h:00m:00s", null, null))));
        assertThat(env.measurements().getReplicationDuration()).isNull();
        assertThat(env.notes()).singleElement().satisfies(n -> assertThat(n).contains("activity.xml")
                .contains("no completed replication activity"));
    }

    @Test
    void theUsersMeasurementWins() throws IOException {
        Measurements fromExport = new AvamarParser().parse(List.of(sample("mccli-activity-show.xml"))).measurements();
        Measurements user = Measurements.builder().parse("replication.duration", "30h", "--measure").build();
        Measurements m = user.withDefaults(fromExport);
        assertThat(m.getReplicationDuration()).isEqualTo(30 * 3600.0);
        assertThat(m.getReplicationSize()).isEqualTo(45.5 * Math.pow(1024, 4));
    }

    @Test
    void badValuesNameFileAndLine() {
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(xml(row("1", "Completed", "36 hours", null, null)))))
                .isInstanceOf(InputException.class).hasMessageContaining("activity.xml: line 4")
                .hasMessageContaining("Elapsed = '36 hours'").hasMessageContaining("36h:00m:00s");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(xml(row("1", "Completed", "9000h:00m:00s", null, null)))))
                .isInstanceOf(InputException.class).hasMessageContaining("activity.xml: line 4")
                .hasMessageContaining("more than 366 days");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(xml(row("1", "Completed", "01h:00m:00s",
                "yesterday", null))))).isInstanceOf(InputException.class)
                .hasMessageContaining("activity.xml: line 4").hasMessageContaining("EndTime = 'yesterday'");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(xml(row("1", "Completed", "01h:00m:00s", null,
                "lots"))))).isInstanceOf(InputException.class).hasMessageContaining("ProgressBytes = 'lots'");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(xml(
                "<Row><ID>1</ID><Status>Completed</Status><Elapsed></Elapsed><Plug-In>Replicate</Plug-In></Row>\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("activity.xml: line 4")
                .hasMessageContaining("without Elapsed");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(new InputFile("broken.xml",
                "<?xml version=\"1.0\"?>\n<CLIOutput><Data><Row><Status>x</Status><Elapsed>1h:0m</Elapsed>\n</Data>"
                        .getBytes(StandardCharsets.UTF_8))))).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.xml");
    }

    private static String backup(String id, String elapsed, String end, String bytes) {
        return "<Row><ID>" + id + "</ID><Status>Completed</Status><Elapsed>" + elapsed + "</Elapsed><EndTime>" + end
                + "</EndTime>" + (bytes == null ? "" : "<ProgressBytes>" + bytes + "</ProgressBytes>")
                + "<Type>Scheduled Backup</Type><Client>b" + id + "</Client><Plug-In>Windows File System</Plug-In></Row>\n";
    }

    @Test
    void backupsThatRanDuringTheReplicationRunAreAFact() {
        AvamarEnvironment env = new AvamarParser().parse(List.of(xml(
                row("1", "Completed", "10h:00m:00s", "2026-11-30 10:00 CET", "1.0 TB")
                        + backup("2", "02h:00m:00s", "2026-11-30 09:00 CET", "2.0 TB")
                        + backup("3", "01h:00m:00s", "2026-11-29 23:30 CET", null)
                        + backup("4", "01h:00m:00s", "2026-11-30 11:00 CET", "1.0 TB"))));
        BackupsDuringReplication b = env.backupsDuringReplication();
        // The run is 00:00-10:00: job 2 (07:00-09:00) overlaps; 3 ended before it, 4 started after it.
        assertThat(b.getBackupRows()).isEqualTo(3);
        assertThat(b.getBackupJobs()).isEqualTo(1);
        assertThat(b.backupBytesOn("dd-dc1")).isEqualTo(2.0 * Math.pow(1024, 4));
        assertThat(b.getRun()).isEqualTo("2026-11-30 00:00 to 2026-11-30 10:00");
        assertThat(b.clientsOn("dd-dc1")).isEqualTo("b2");
        assertThat(env.facts()).contains(b);
    }

    @Test
    void withoutAReplicationRunThereIsNoBackupFact() {
        AvamarEnvironment env = new AvamarParser().parse(List.of(xml(backup("2", "02h:00m:00s", "2026-11-30 09:00 CET", null))));
        assertThat(env.backupsDuringReplication()).isNull();
        assertThat(env.facts()).isEmpty();
    }

    @Test
    void aBackupRowWithABadElapsedNamesItsLine() {
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(xml(row("1", "Completed", "01h:00m:00s",
                "2026-11-30 10:00 CET", null) + backup("2", "two hours", "2026-11-30 09:00 CET", null)))))
                .isInstanceOf(InputException.class).hasMessageContaining("activity.xml: line 5")
                .hasMessageContaining("Elapsed = 'two hours'");
    }
}
