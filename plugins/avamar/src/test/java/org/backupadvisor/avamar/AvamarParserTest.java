package org.backupadvisor.avamar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.ThroughputModel;
import org.backupadvisor.core.model.ThroughputPath;
import org.junit.jupiter.api.Test;

class AvamarParserTest {
    private static InputFile sample(String name) throws IOException {
        try (InputStream in = AvamarParserTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    private static InputFile text(String name, String body) {
        return new InputFile(name, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGetWithoutFlagsGetsAvamarsDefaults() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("get-replication-group.json")));
        ReplicationGroup g = env.groups().get(0);
        assertThat(g.getName()).isEqualTo("REPL-ISILON-DC1-DC2");
        assertThat(g.getClients()).isEqualTo(1);
        assertThat(g.getStreamsPerClient()).isEqualTo(6);
        assertThat(g.getStreamsPerClientExported()).isNull();
        assertThat(g.getMethodControl()).isEqualTo(5);
        assertThat(g.getConcurrentProcesses()).isEqualTo(1);
        assertThat(g.getAllBackups()).isTrue();
        assertThat(env.inputs()).extracting(i -> i.format()).containsExactly("replication-group-json");
    }

    @Test
    void replFlagsAndFreeFlagsAreReadByTheirBareNames() throws IOException {
        ReplicationGroup g = new AvamarParser().parse(List.of(sample("post-replication-group-dto.json"))).groups().get(0);
        assertThat(g.getClients()).isEqualTo(3);
        assertThat(g.getStreamsPerClient()).isEqualTo(12);
        assertThat(g.getMethodControl()).isZero();
        assertThat(g.flag("max-ddr-streams")).isEqualTo("8");
        assertThat(g.getThrottleMbps()).isZero();
        assertThat(g.getTotalStreams()).isEqualTo(12);
    }

    @Test
    void aFlagFileNamedAfterTheGroupAppliesToIt() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("get-replication-group.json"),
                text("REPL-ISILON-DC1-DC2.flags", "# advanced\n--ddr-repl-max-parallel-streams=28\n--[avtar]ddr-repl-method-control=0\n")));
        ReplicationGroup g = env.groups().get(0);
        assertThat(g.getStreamsPerClient()).isEqualTo(28);
        assertThat(g.getMethodControl()).isZero();
        assertThat(env.notes()).isEmpty();
    }

    @Test
    void legacyReplCronIsAGroupOfItsOwn() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("repl_cron.cfg")));
        ReplicationGroup g = env.groups().get(0);
        assertThat(g.getName()).isEqualTo("repl_cron → avamar-dc2.example.com");
        assertThat(g.getStreamsPerClient()).isEqualTo(10);
        assertThat(g.getReplscriptTimeout()).isEqualTo(72000);
        assertThat(g.getClients()).isNull();
    }

    @Test
    void detectsOnlyItsFormats() throws IOException {
        assertThat(AvamarParser.detect(sample("repl_cron.cfg"))).isPresent();
        assertThat(AvamarParser.detect(text("notes.txt", "replication takes 36 h\n"))).isEmpty();
        assertThat(AvamarParser.detect(text("avtar.cmd", "--verbose\n--logfile=/tmp/x\n"))).isEmpty();
        assertThat(AvamarParser.detect(text("other.json", "{\"name\": \"x\"}"))).isEmpty();
    }

    @Test
    void badValuesNameFileLineAndWhatWasExpected() {
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(text("g.flags", "--ddr-repl-max-parallel-streams=30\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("g.flags: line 1")
                .hasMessageContaining("1..29");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(text("g.flags", "--ddr-repl-method-control=7\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("0 (AMS), 5 (default) or 10 (VSR)");
        // A file mixing flag lines with prose is notes, not a flag file: not claimed (a folder passes over it).
        assertThat(AvamarParser.detect(text("g.flags", "--ddr-repl-max-parallel-streams=8\nmax streams eight\n"))).isEmpty();
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(text("g.flags", "--max-streams=0\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("g.flags: line 1: max-streams = '0'");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(text("g.json",
                "{\"destinationServerId\": \"x\", \"members\": [\"a\"]}"))))
                .isInstanceOf(InputException.class).hasMessageContaining("g.json").hasMessageContaining("'name'");
    }

    @Test
    void sixToTwentyEightStreamsDoublesTheRateAsSeed004Measured() throws IOException {
        ReplicationGroup six = new AvamarParser().parse(List.of(sample("get-replication-group.json"))).groups().get(0);
        ReplicationGroup twentyEight = six.with(ReplicationGroup.STREAMS_PER_CLIENT, 28);
        ThroughputPath today = AvamarPath.path(six, Measurements.none());
        ThroughputPath after = AvamarPath.path(twentyEight, Measurements.none());
        double perStream = ThroughputModel.calibratePerStream(today, 1.0);
        double before = ThroughputModel.project(today, perStream, 6, 1, 1).bytesPerSecond();
        double projected = ThroughputModel.project(after, perStream, 6, 1, 1).bytesPerSecond();
        assertThat(projected / before).isBetween(1.99, 2.01);
        // Twice the streams is far from twice the rate; one more client at the same streams adds less than one.
        double twelve = ThroughputModel.project(AvamarPath.path(six.with(ReplicationGroup.STREAMS_PER_CLIENT, 12),
                Measurements.none()), perStream, 6, 1, 1).bytesPerSecond();
        assertThat(twelve / before).isBetween(1.3, 1.45);
    }

    @Test
    void aWanRoundTripCapsEachStream() throws IOException {
        ReplicationGroup g = new AvamarParser().parse(List.of(sample("get-replication-group.json"))).groups().get(0);
        Measurements wan = Measurements.builder().parse("network.rtt", "100ms", "test").parse("network.loss", "1%", "test").build();
        ThroughputPath p = AvamarPath.path(g, wan);
        assertThat(p.capacities()).anySatisfy(c -> {
            assertThat(c.perStream()).isTrue();
            assertThat(c.derivation()).contains("loss-limited");
        });
    }
}
