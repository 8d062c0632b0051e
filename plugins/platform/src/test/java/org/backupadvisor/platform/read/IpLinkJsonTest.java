package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class IpLinkJsonTest {

    @Test
    void linksWithoutTheLoopback() {
        List<Nic> nics = IpLinkJson.read(Samples.file("linux/ip-link.json"));

        assertThat(nics).extracting(Nic::name).containsExactly("eth0", "eth1", "bond0");
        assertThat(nics).extracting(Nic::mtu).containsExactly(9000, 1500, 9000);
        assertThat(nics).extracting(Nic::linkUp).containsExactly(true, false, true);
        assertThat(nics).extracting(Nic::speedBitsPerSecond).containsOnlyNulls();
        assertThat(nics).extracting(Nic::line).containsExactly(22, 56, 79);
        assertThat(nics.get(0).file()).isEqualTo("host1/linux/ip-link.json");
    }

    @Test
    void compactOutputAndUnknownOperstate() {
        List<Nic> nics = IpLinkJson.read(Samples.text("ip.json",
                "[{\"ifindex\":5,\"ifname\":\"tun0\",\"mtu\":1420,\"operstate\":\"UNKNOWN\",\"link_type\":\"none\"}]"));

        assertThat(nics).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("tun0");
            assertThat(n.linkUp()).isNull();
            assertThat(n.mtu()).isEqualTo(1420);
        });
    }

    @Test
    void aLinkWithoutIfnameIsAnError() {
        assertThatThrownBy(() -> IpLinkJson.read(Samples.text("h/ip.json", "[\n {\"ifname\":\"eth0\"},\n {\"mtu\":1500}\n]")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/ip.json: line 3: expected \"ifname\" in every link (ip -details -json link)");
    }

    @Test
    void aNonNumericMtuIsAnError() {
        assertThatThrownBy(() -> IpLinkJson.read(Samples.text("h/ip.json", "[{\"ifname\":\"eth0\",\"mtu\":\"jumbo\"}]")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/ip.json: line 1: mtu = 'jumbo': expected a whole number");
    }

    @Test
    void anUnknownOperstateIsAnError() {
        assertThatThrownBy(() -> IpLinkJson.read(Samples.text("h/ip.json",
                "[{\"ifname\":\"eth0\",\n\"operstate\":\"SIDEWAYS\"}]")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/ip.json: line 2: operstate = 'SIDEWAYS': expected UP, DOWN, LOWERLAYERDOWN,"
                        + " NOTPRESENT, DORMANT, TESTING or UNKNOWN");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> IpLinkJson.read(Samples.text("h/ip.json", "[{\"ifname\":\"eth0\",\n}")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("h/ip.json: line 2: malformed JSON:");
    }
}
