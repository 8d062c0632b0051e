package org.backupadvisor.datadomain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.ThroughputPath;
import org.junit.jupiter.api.Test;

class DataDomainParserTest {
    private static InputFile sample(String name) throws IOException {
        try (InputStream in = DataDomainParserTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    private static InputFile text(String name, String body) {
        return new InputFile(name, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void avamarsDataDomainListGivesModelVersionAndStreamLimits() throws IOException {
        DataDomainEnvironment env = new DataDomainParser().parse(List.of(sample("avamar-get-datadomains.json")));
        DataDomainSystem d = env.systems().get(0);
        assertThat(d.getHostname()).isEqualTo("dd-dc1.example.com");
        assertThat(d.getModel()).isEqualTo("DD9300");
        assertThat(d.getMaxStreams()).isEqualTo(800);
        assertThat(d.getMaxStreamsLimit()).isEqualTo(640);
        // DD9300 replication soft limit 440 within Avamar's 640.
        assertThat(d.getReplicationStreamLimit()).isEqualTo(440);
        assertThat(env.version()).contains("6.1.2.20");
    }

    @Test
    void replicationShowConfigIsReadByItsHeader() throws IOException {
        ReplicationContext c = new DataDomainParser().parse(List.of(sample("replication-show-config.txt"))).contexts().get(0);
        assertThat(c.getCtx()).isEqualTo("1");
        assertThat(c.getSourceHost()).isEqualTo("dd-dc1.example.com");
        assertThat(c.getDestinationHost()).isEqualTo("dd-dc2.example.com");
        assertThat(c.getMaxReplStreams()).isEqualTo(32);
        assertThat(c.getLowBwOptim()).isEqualTo("disabled");
    }

    @Test
    void contributesTheTightestLimitToAReplicationPathOnly() throws IOException {
        DataDomainEnvironment env = new DataDomainParser().parse(List.of(sample("avamar-get-datadomains.json"),
                sample("replication-show-config.txt")));
        DataDomainPlugin plugin = new DataDomainPlugin();
        BackupPath repl = new BackupPath("avamar:g", "avamar", Phase.REPLICATION, new ThroughputPath(List.of(), List.of(),
                List.of()), List.of(Endpoint.destination("replication", null, "g")));
        Contribution c = plugin.contribute(env, repl, Measurements.none());
        assertThat(c.streamLimits()).extracting(l -> l.streams()).containsExactlyInAnyOrder(440, 32);
        BackupPath backup = new BackupPath("x", "commvault", Phase.BACKUP, repl.path(), List.of(Endpoint.mediaServer("m")));
        assertThat(plugin.contribute(env, backup, Measurements.none())).isEqualTo(Contribution.NONE);
    }

    @Test
    void badInputIsOneLineNamingFileLineAndExpectation() {
        assertThatThrownBy(() -> new DataDomainParser().parse(List.of(text("dd.json",
                "{\"modelNumber\": \"DD9300\", \"ddosVersion\": \"7.0\", \"maxStreamsLimit\": \"lots\"}"))))
                .isInstanceOf(InputException.class).hasMessageContaining("dd.json");
        assertThatThrownBy(() -> new DataDomainParser().parse(List.of(text("repl.txt",
                "CTX   Destination   Max-repl-streams\n---   -----------   ----\n1   mtree://b/x\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("repl.txt: line 3")
                .hasMessageContaining("expected 3 columns");
        assertThatThrownBy(() -> new DataDomainParser().parse(List.of(text("repl.txt",
                "CTX   Destination   Max-repl-streams\n---   -----------   ----\n1     mtree://b/x   many\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("Max-repl-streams = 'many'");
    }

    @Test
    void detectsOnlyItsFormats() throws IOException {
        assertThat(DataDomainParser.detect(sample("replication-show-config.txt"))).isPresent();
        assertThat(DataDomainParser.detect(text("notes.txt", "the DD replicates to DC2\n"))).isEmpty();
        assertThat(DataDomainParser.detect(text("x.json", "{\"name\": \"dd\"}"))).isEmpty();
    }
}
