package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class RoutePrintTest {

    @Test
    void activeAndPersistentIpv4RoutesAndNothingFromIpv6() {
        List<Route> routes = RoutePrint.read(Samples.lines("windows/route-print.txt"));

        assertThat(routes).hasSize(17);
        Route def = routes.get(0);
        assertThat(def.destination()).isEqualTo("0.0.0.0");
        assertThat(def.netmask()).isEqualTo("0.0.0.0");
        assertThat(def.gateway()).isEqualTo("10.20.0.1");
        assertThat(def.interfaceAddress()).isEqualTo("10.20.0.31");
        assertThat(def.metric()).isEqualTo(15);
        assertThat(def.persistent()).isFalse();
        assertThat(def.line()).isEqualTo(12);
        assertThat(routes.get(1).gateway()).isEqualTo("On-link");
        assertThat(routes).filteredOn(Route::persistent).hasSize(2);
    }

    @Test
    void persistentRoutesHaveNoInterfaceAndMayUseTheDefaultMetric() {
        List<Route> persistent = RoutePrint.read(Samples.lines("windows/route-print.txt")).stream()
                .filter(Route::persistent).toList();

        assertThat(persistent.get(0).destination()).isEqualTo("0.0.0.0");
        assertThat(persistent.get(0).interfaceAddress()).isNull();
        assertThat(persistent.get(0).metric()).isNull();
        assertThat(persistent.get(1).destination()).isEqualTo("10.99.0.0");
        assertThat(persistent.get(1).gateway()).isEqualTo("10.20.0.254");
        assertThat(persistent.get(1).metric()).isEqualTo(1);
        assertThat(persistent.get(1).line()).isEqualTo(31);
    }

    @Test
    void windowsXpLayoutWithItsDefaultGatewayLine() {
        List<Route> routes = RoutePrint.read(Samples.lines("route.txt", """
                IPv4 Route Table
                ===========================================================================
                Interface List
                0x1 ........................... MS TCP Loopback interface
                ===========================================================================
                ===========================================================================
                Active Routes:
                Network Destination        Netmask          Gateway       Interface  Metric
                          0.0.0.0          0.0.0.0     192.168.22.1   192.168.22.135     10
                        127.0.0.0        255.0.0.0        127.0.0.1        127.0.0.1      1
                Default Gateway:      192.168.22.1
                ===========================================================================
                Persistent Routes:
                  None
                """));

        assertThat(routes).extracting(Route::destination).containsExactly("0.0.0.0", "127.0.0.0");
        assertThat(routes).extracting(Route::metric).containsExactly(10, 1);
    }

    @Test
    void aShortActiveRouteRowIsAnError() {
        assertThatThrownBy(() -> RoutePrint.read(Samples.lines("h/route.txt",
                "IPv4 Route Table\nActive Routes:\n   0.0.0.0   0.0.0.0   10.0.0.1   15\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/route.txt: line 3: expected 'DESTINATION NETMASK GATEWAY INTERFACE METRIC' (active route)");
    }

    @Test
    void aNonNumericActiveMetricIsAnError() {
        assertThatThrownBy(() -> RoutePrint.read(Samples.lines("h/route.txt",
                "IPv4 Route Table\nActive Routes:\n 0.0.0.0 0.0.0.0 10.0.0.1 10.0.0.2 Default\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/route.txt: line 3: expected a whole-number metric; found 'Default'");
    }

    @Test
    void aBrokenPersistentRowIsAnError() {
        assertThatThrownBy(() -> RoutePrint.read(Samples.lines("h/route.txt",
                "IPv4 Route Table\nPersistent Routes:\n  10.0.0.0  255.0.0.0\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/route.txt: line 3: expected 'NETWORK NETMASK GATEWAY METRIC' (persistent route)");
    }
}
