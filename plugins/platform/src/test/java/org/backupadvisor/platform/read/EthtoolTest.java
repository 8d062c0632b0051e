package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class EthtoolTest {

    @Test
    void severalInterfacesInOneFile() {
        List<Nic> nics = Ethtool.read(Samples.lines("linux/ethtool.txt"));

        assertThat(nics).extracting(Nic::name).containsExactly("eth0", "eno2");
        Nic eth0 = nics.get(0);
        assertThat(eth0.speedBitsPerSecond()).isEqualTo(10e9);
        assertThat(eth0.duplex()).isEqualTo("full");
        assertThat(eth0.linkUp()).isTrue();
        assertThat(eth0.mtu()).isNull();
        assertThat(eth0.file()).isEqualTo("host1/linux/ethtool.txt");
        assertThat(eth0.line()).isEqualTo(1);
    }

    @Test
    void aLinkThatIsDownHasUnknownSpeedAndDuplex() {
        Nic eno2 = Ethtool.read(Samples.lines("linux/ethtool.txt")).get(1);

        assertThat(eno2.speedBitsPerSecond()).isNull();
        assertThat(eno2.duplex()).isNull();
        assertThat(eno2.linkUp()).isFalse();
        assertThat(eno2.line()).isEqualTo(22);
    }

    @Test
    void newerEthtoolExplainsWhyTheLinkIsDown() {
        Nic nic = Ethtool.read(Samples.lines("e.txt",
                "Settings for eth3:\n\tSpeed: 1000Mb/s\n\tDuplex: Half\n\tLink detected: no (No cable)\n")).get(0);

        assertThat(nic.linkUp()).isFalse();
        assertThat(nic.duplex()).isEqualTo("half");
        assertThat(nic.speedBitsPerSecond()).isEqualTo(1e9);
    }

    @Test
    void emptyFileHasNoInterfaces() {
        assertThat(Ethtool.read(Samples.lines("e.txt", "\n\n"))).isEmpty();
    }

    @Test
    void textWithoutAnySettingsHeaderIsAnError() {
        assertThatThrownBy(() -> Ethtool.read(Samples.lines("h/ethtool.txt", "\nno such device\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/ethtool.txt: line 2: expected 'Settings for IFACE:' (ethtool IFACE output)");
    }

    @Test
    void speedInAnotherUnitIsAnError() {
        assertThatThrownBy(() -> Ethtool.read(Samples.lines("h/ethtool.txt",
                "Settings for eth0:\n\tSpeed: 10Gb/s\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/ethtool.txt: line 2: expected 'Speed: <n>Mb/s' or 'Speed: Unknown!'; found '10Gb/s'");
    }

    @Test
    void oddDuplexAndLinkValuesAreErrors() {
        assertThatThrownBy(() -> Ethtool.read(Samples.lines("h/e.txt", "Settings for eth0:\n\tDuplex: Auto\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/e.txt: line 2: expected 'Duplex: Full', 'Half' or 'Unknown!'; found 'Auto'");
        assertThatThrownBy(() -> Ethtool.read(Samples.lines("h/e.txt", "Settings for eth0:\n\tLink detected: maybe\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/e.txt: line 2: expected 'Link detected: yes' or 'no'; found 'maybe'");
    }
}
