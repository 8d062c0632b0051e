package org.backupadvisor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;

/** route print is kept per host, so a backup product can ask which NIC reaches an address and whether a route -p exists. */
class HostRoutesTest {

    private static InputFile sample(String name, String path) throws IOException {
        try (InputStream in = HostRoutesTest.class.getResourceAsStream("/samples/" + path)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    @Test
    void theLongestMatchingActiveRouteNamesTheInterface() throws IOException {
        PlatformEnvironment env = (PlatformEnvironment) new PlatformPlugin().parse(
                List.of(sample("ma01/route-print.txt", "windows/route-print.txt")));
        Host h = env.host("ma01");
        assertThat(h.isRoutesRead()).isTrue();
        assertThat(h.interfaceFor("192.168.50.7")).isEqualTo("192.168.50.31");
        assertThat(h.interfaceFor("10.99.1.1")).isEqualTo("10.20.0.31");
        assertThat(h.interfaceFor("8.8.8.8")).isEqualTo("10.20.0.31");
        assertThat(h.interfaceFor("not-an-ip")).isNull();
        assertThat(h.hasPersistentRoute("10.99.3.3")).isTrue();
        assertThat(h.hasPersistentRoute("192.168.50.7")).isFalse();
    }

    @Test
    void aHostWithoutRoutePrintSaysSo() throws IOException {
        PlatformEnvironment env = (PlatformEnvironment) new PlatformPlugin().parse(
                List.of(sample("ma01/netadapter.json", "windows/netadapter.json")));
        Host h = env.host("ma01");
        assertThat(h.isRoutesRead()).isFalse();
        assertThat(h.interfaceFor("192.168.50.7")).isNull();
    }
}
