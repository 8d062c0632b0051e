package org.backupadvisor.altavault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.ThroughputPath;
import org.junit.jupiter.api.Test;

class AltaVaultParserTest {
    private final AltaVaultPlugin plugin = new AltaVaultPlugin();

    static InputFile example(String name) {
        try {
            return new InputFile("s4/" + name, Files.readAllBytes(Path.of("../../examples/netbackup/s4-smb-to-altavault/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFile text(String name, String body) {
        return new InputFile(name, body.getBytes(StandardCharsets.UTF_8));
    }

    private AltaVaultEnvironment s4() {
        return (AltaVaultEnvironment) plugin.parse(List.of(example("altavault01/show-version.txt"),
                example("altavault01/show-running-config.txt")));
    }

    @Test
    void readsVersionInterfacesSharesAndEviction() {
        AltaVaultEnvironment env = s4();
        assertThat(env.version()).contains("4.3.1");
        Appliance a = env.appliances().get(0);
        assertThat(a.getName()).isEqualTo("altavault01");
        assertThat(a.getModel()).isEqualTo("AVA800");
        assertThat(a.getEvictionThreshold()).isEqualTo(90);
        assertThat(a.getSmbMultichannel()).isTrue();
        assertThat(a.getSmbShares()).containsExactly("nbu", "nbu2");
        assertThat(a.getDataInterfaces()).extracting(AvInterface::getIfName).containsExactly("e0a", "e0b", "e0c", "e0d");
        AvInterface e0a = a.iface("e0a");
        assertThat(e0a.getMtu()).isEqualTo(9000);
        assertThat(e0a.getSpeedMbps()).as("e0a-e0d are the 10 GbE ports (000 §1.2)").isEqualTo(10000);
        assertThat(e0a.getSubnet()).isEqualTo("10.20.1.0/24");
    }

    @Test
    void contributesProtocolIngestSessionsAndInterfacesToAPathThatWritesToIt() {
        AltaVaultEnvironment env = s4();
        BackupPath smb = new BackupPath("p", "netbackup", Phase.BACKUP, new ThroughputPath(List.of(), List.of(), List.of()),
                List.of(Endpoint.destination("smb", "altavault01.corp.local", "nbu")));
        Contribution c = plugin.contribute(env, smb, Measurements.none());
        assertThat(c.matched()).hasSize(1);
        assertThat(c.streamLimits()).singleElement().satisfies(l -> assertThat(l.streams()).isEqualTo(128));
        Capacity perSession = c.capacities().stream().filter(Capacity::perStream).findFirst().orElseThrow();
        assertThat(perSession.bytesPerSecond()).isCloseTo(10.5e12 / 3600 / 32, org.assertj.core.data.Offset.offset(1.0));
        assertThat(perSession.settings()).containsExactly("netbackup.storageUnit.diskType");
        assertThat(c.capacities().stream().filter(x -> x.lane() != null)).as("multichannel: 4 lanes").hasSize(4);

        BackupPath ost = new BackupPath("p", "netbackup", Phase.BACKUP, smb.path(),
                List.of(Endpoint.destination("ost", "10.20.1.21", null)));
        Contribution o = plugin.contribute(env, ost, Measurements.none());
        assertThat(o.capacities().stream().filter(x -> !x.perStream() && x.lane() == null).findFirst().orElseThrow()
                .bytesPerSecond()).isCloseTo(14.1e12 / 3600, org.assertj.core.data.Offset.offset(1.0));
        assertThat(o.capacities().stream().filter(x -> x.lane() != null)).as("one interface by its address").hasSize(1);

        BackupPath other = new BackupPath("p", "netbackup", Phase.BACKUP, smb.path(),
                List.of(Endpoint.destination("smb", "filer02", "nbu")));
        assertThat(plugin.contribute(env, other, Measurements.none()).isEmpty()).isTrue();
    }

    @Test
    void readsShowInterfaces() {
        AltaVaultEnvironment env = (AltaVaultEnvironment) plugin.parse(List.of(text("av02/show-interfaces.txt",
                new String(readSample("show-interfaces.txt"), StandardCharsets.UTF_8))));
        Appliance a = env.appliances().get(0);
        assertThat(a.getName()).isEqualTo("av02");
        assertThat(a.iface("e0i").getSpeedMbps()).isEqualTo(1000);
        assertThat(a.iface("e0a").getPrefix()).isEqualTo(24);
        assertThat(a.iface("e0a").getMtu()).isEqualTo(9000);
    }

    @Test
    void theYamlDescriptionRefusesUnknownKeysAndOperations() {
        assertThatThrownBy(() -> plugin.parse(List.of(text("av/altavault.yaml", "cacheUsed: 93\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown key 'cacheUsed'");
        assertThatThrownBy(() -> plugin.parse(List.of(text("av/altavault.yaml", "duringIngest: [defrag]\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("'defrag'");
        AltaVaultEnvironment env = (AltaVaultEnvironment) plugin.parse(List.of(text("av/altavault.yaml",
                "cacheUsedPercent: 93\nsessions: 150\ningestPerDay: 60TB\nduringIngest: [verify]\n")));
        Appliance a = env.appliances().get(0);
        assertThat(a.getCacheUsedPercent()).isEqualTo(93);
        assertThat(a.isSessionsAboveMax()).isTrue();
        assertThat(a.getIngestBytesPerDay()).isEqualTo(60e12);
        assertThat(a.runsDuringIngest("verify")).isTrue();
    }

    @Test
    void badConfigLinesNameFileLineAndExpectation() {
        InputFile bad = text("av/show-running-config.txt", "   hostname av\n   interface e0a mtu \"90000\"\n   datastore eviction threshold 90\n");
        assertThatThrownBy(() -> plugin.parse(List.of(bad))).isInstanceOf(InputException.class)
                .hasMessageContaining("av/show-running-config.txt: line 2").hasMessageContaining("MTU of 576-9216");
        InputFile version = text("av/show-version.txt", "Product name:      AltaVault\nProduct release:   four\n");
        assertThatThrownBy(() -> plugin.parse(List.of(version))).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("4.3.1");
    }

    @Test
    void otherTextIsNotAltaVault() {
        assertThat(plugin.detect(text("b/notes.txt", "interface e0a was moved to the new switch\n"))).isEmpty();
    }

    private static byte[] readSample(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/samples/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
