package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class NetAdapterJsonTest {

    @Test
    void windowsPowerShellArrayInUtf16() {
        List<Nic> nics = NetAdapterJson.read(Samples.file("windows/netadapter.json"));

        assertThat(nics).extracting(Nic::name).containsExactly("Ethernet", "Ethernet 2");
        Nic up = nics.get(0);
        assertThat(up.speedBitsPerSecond()).isEqualTo(10e9);
        assertThat(up.duplex()).isEqualTo("full");
        assertThat(up.linkUp()).isTrue();
        assertThat(up.mtu()).isEqualTo(9000);
        assertThat(up.line()).isEqualTo(2);
        assertThat(up.file()).isEqualTo("host1/windows/netadapter.json");
        Nic down = nics.get(1);
        assertThat(down.linkUp()).isFalse();
        assertThat(down.speedBitsPerSecond()).isNull();
        assertThat(down.mtu()).isEqualTo(1500);
    }

    @Test
    void singleSelectedObjectUsesTheLinkSpeedString() {
        List<Nic> nics = NetAdapterJson.read(Samples.utf16("h/nic.json", """
                {
                    "Name":  "Ethernet",
                    "InterfaceDescription":  "Realtek PCIe GbE Family Controller",
                    "Status":  "Up",
                    "LinkSpeed":  "1 Gbps"
                }
                """));

        assertThat(nics).singleElement().satisfies(n -> {
            assertThat(n.speedBitsPerSecond()).isEqualTo(1e9);
            assertThat(n.linkUp()).isTrue();
            assertThat(n.duplex()).isNull();
            assertThat(n.mtu()).isNull();
            assertThat(n.line()).isEqualTo(1);
        });
    }

    @Test
    void linkSpeedUnitsAndMediaStateFallback() {
        List<Nic> nics = NetAdapterJson.read(Samples.text("h/nic.json", """
                [{"Name": "a", "LinkSpeed": "100 Mbps", "MediaConnectionState": "Connected"},
                 {"Name": "b", "LinkSpeed": "2.5 Gbps", "MediaConnectionState": "Disconnected", "MediaDuplexState": 1},
                 {"Name": "c", "LinkSpeed": "0 bps", "Status": "Not Present"}]
                """));

        assertThat(nics).extracting(Nic::speedBitsPerSecond).containsExactly(1e8, 2.5e9, null);
        assertThat(nics).extracting(Nic::linkUp).containsExactly(true, false, false);
        assertThat(nics).extracting(Nic::duplex).containsExactly(null, "half", null);
    }

    @Test
    void anAdapterWithoutNameIsAnError() {
        assertThatThrownBy(() -> NetAdapterJson.read(Samples.text("h/nic.json", "[\n{\"Name\": \"a\"},\n{\"Status\": \"Up\"}]")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nic.json: line 3: expected \"Name\" in every adapter (Get-NetAdapter | ConvertTo-Json)");
    }

    @Test
    void anUnreadableLinkSpeedIsAnError() {
        assertThatThrownBy(() -> NetAdapterJson.read(Samples.text("h/nic.json",
                "{\"Name\": \"a\",\n \"LinkSpeed\": \"fast\"}")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nic.json: line 2: LinkSpeed = 'fast': expected a speed such as \"10 Gbps\" or"
                        + " \"100 Mbps\"");
    }

    @Test
    void anUnknownStatusIsAnError() {
        assertThatThrownBy(() -> NetAdapterJson.read(Samples.text("h/nic.json", "{\"Name\": \"a\", \"Status\": \"Sleepy\"}")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nic.json: line 1: Status = 'Sleepy': expected Up, Disconnected, Disabled or Not Present");
    }

    @Test
    void aNonBooleanFullDuplexIsAnError() {
        assertThatThrownBy(() -> NetAdapterJson.read(Samples.text("h/nic.json", "{\"Name\": \"a\", \"FullDuplex\": \"yes\"}")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nic.json: line 1: FullDuplex = 'yes': expected true or false");
    }
}
