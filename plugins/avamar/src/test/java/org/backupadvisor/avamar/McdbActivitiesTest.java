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

class McdbActivitiesTest {
    private static final String HEADER = "client_name,plugin_name,type,started_ts,completed_ts,bytes_scanned,ddr_hostname,status_code\n";

    private static InputFile sample(String name) throws IOException {
        try (InputStream in = McdbActivitiesTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    private static InputFile csv(String body) {
        return new InputFile("v_activities_2.csv", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCopyCsvExportGivesDurationAndSizeLikeTheMccliHistory() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("v_activities_2.csv")));
        assertThat(env.inputs()).extracting(i -> i.format()).containsExactly("v-activities-2-csv");
        Measurement d = env.measurements().get(MeasurementKey.REPLICATION_DURATION).orElseThrow();
        assertThat(d.value()).isEqualTo(36 * 3600);
        assertThat(d.source()).isEqualTo("v_activities_2.csv: line 2: replication job line 2 (isilon-dc1.example.com) "
                + "ran 36 h (v_activities_2, completed_ts - started_ts)");
        Measurement s = env.measurements().get(MeasurementKey.REPLICATION_SIZE).orElseThrow();
        assertThat(s.value()).isEqualTo(50027779063808.0);
        assertThat(s.source()).endsWith("(v_activities_2, bytes_scanned)");
        // The same numbers as the mccli sample of the same run.
        Measurements mccli = new AvamarParser().parse(List.of(sample("mccli-activity-show.xml"))).measurements();
        assertThat(env.measurements().getReplicationDuration()).isEqualTo(mccli.getReplicationDuration());
        assertThat(env.measurements().getReplicationSize()).isCloseTo(mccli.getReplicationSize(),
                org.assertj.core.data.Percentage.withPercentage(0.001));
        // The backup ended at 17:40:12, before replication started: it did not share the run.
        assertThat(env.backupsDuringReplication().getBackupRows()).isEqualTo(1);
        assertThat(env.backupsDuringReplication().getBackupJobs()).isZero();
    }

    @Test
    void psqlUnalignedOutputWithItsFooterIsReadToo() {
        Measurements m = new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 00:00:00.123,2026-11-30 10:00:00.123,1000,dd1,30000\n"
                + "c2,Replicate,Replication Source,2026-11-30 01:30:00,2026-11-30 14:00:00,2000,dd1,30005\n"
                + "(2 rows)\n\n"))).measurements();
        // 00:00:00.123 to 14:00:00: whole seconds, as the mccli reader counts them.
        assertThat(m.getReplicationDuration()).isEqualTo(14 * 3600.0 - 1);
        assertThat(m.getReplicationSize()).isEqualTo(3000.0);
        // psql -A without -F separates with '|'.
        Measurements pipe = new AvamarParser().parse(List.of(csv(HEADER.replace(',', '|')
                + "c1|Replicate|Replication Source|2026-11-30 00:00:00+01|2026-11-30 10:00:00+01||dd1|30000\n")))
                .measurements();
        assertThat(pipe.getReplicationDuration()).isEqualTo(10 * 3600.0);
        assertThat(pipe.getReplicationSize()).isNull();
    }

    @Test
    void backupsOnTheDataDomainDuringTheRunAreCountedByDdrHostname() {
        AvamarEnvironment env = new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00,1000,dd1,30000\n"
                + "b1,Windows File System,Scheduled Backup,2026-11-30 02:00:00,2026-11-30 03:00:00,500,dd1.example.com,30000\n"
                + "b2,Windows File System,On-Demand Backup,2026-11-30 04:00:00,2026-11-30 05:00:00,700,dd2,30999\n"
                + "b3,Windows File System,Scheduled Backup,2026-11-30 11:00:00,2026-11-30 12:00:00,700,dd1,30000\n"
                + "b4,Windows File System,Scheduled Backup,2026-11-30 06:00:00,,,dd1,\n")));
        BackupsDuringReplication b = env.backupsDuringReplication();
        assertThat(b.getBackupRows()).isEqualTo(3);
        assertThat(b.getBackupJobs()).isEqualTo(2);
        assertThat(b.backupJobsOn("dd1")).isEqualTo(1);
        assertThat(b.backupBytesOn("dd1")).isEqualTo(500.0);
        assertThat(b.backupJobsOn("dd2.example.com")).isEqualTo(1);
    }

    @Test
    void detectsTheViewByItsHeaderOnly() throws IOException {
        assertThat(AvamarParser.detect(sample("v_activities_2.csv"))).contains(AvamarParser.Format.V_ACTIVITIES_CSV);
        assertThat(AvamarParser.detect(csv("client_name,started_ts,completed_ts,type\n"))).contains(AvamarParser.Format.V_ACTIVITIES_CSV);
        assertThat(AvamarParser.detect(csv("name,start,end\nx,1,2\n"))).isEmpty();
        // psql -t drops the header: nothing names the columns, so the file is not claimed.
        assertThat(AvamarParser.detect(csv("c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00\n"))).isEmpty();
    }

    @Test
    void badInputIsOneLineNamingFileLineAndWhatWasExpected() {
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,1764460800,1764496800,1000,dd1,30000\n"))))
                .isInstanceOf(InputException.class)
                .hasMessage("v_activities_2.csv: line 2: completed_ts = '1764496800': expected a timestamp such as 2026-11-28 18:00:00");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 10:00:00,2026-11-30 09:00:00,1000,dd1,30000\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: completed_ts 2026-11-30 09:00:00 is not after");
        // Found by fuzzing: a completed_ts two thousand years on overflowed the duration arithmetic.
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-28 18:00:00,4052-11-30 06:00:00,1000,dd1,30000\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: completed_ts 4052-11-30 06:00:00 is "
                        + "more than 366 days after started_ts");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00,lots,dd1,30000\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: bytes_scanned = 'lots'");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00,1,dd1,OK\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: status_code = 'OK'");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00,1,dd1,30005,done, with exceptions\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: expected 8 fields as the header names, found 10")
                .hasMessageContaining("csv header");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(
                "client_name,type,started_ts,completed_ts\nc1,Replication,2026-11-30 00:00:00,2026-11-30 10:00:00\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("v_activities_2.csv: line 1: no 'status_code' column");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(csv(HEADER
                + "\"c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00,1,dd1,30000\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 2: unterminated quoted value");
    }

    @Test
    void noCompletedReplicationIsANote() {
        AvamarEnvironment env = new AvamarParser().parse(List.of(csv(HEADER
                + "c1,Replicate,Replication Source,2026-11-30 00:00:00,2026-11-30 10:00:00,1,dd1,30999\n")));
        assertThat(env.measurements().getReplicationDuration()).isNull();
        assertThat(env.notes()).singleElement().satisfies(n -> assertThat(n).startsWith("v_activities_2.csv: no completed replication activity"));
    }
}
