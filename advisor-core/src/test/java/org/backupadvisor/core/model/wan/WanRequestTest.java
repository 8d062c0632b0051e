package org.backupadvisor.core.model.wan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

/** The request both front ends read: units as typed, defaults, and one-line messages with the front end's names. */
class WanRequestTest {

    @Test
    void readsUnitsAsTheCliDoesAndAnswersTheS7AvamarRow() {
        WanRequest.Result r = new WanRequest("232MB", "50ms", null, "30KB", null, null, "11s").estimate("");
        assertThat(r.seconds()).isCloseTo(405, within(40.5));
        assertThat(r.limitedBy()).isEqualTo("window");
        assertThat(r.streams()).isEqualTo(1);
        assertThat(r.validated()).isTrue();
        assertThat(r.perConnectionBytesPerSecond()).isCloseTo(30e3 / 0.05, within(1e-6));
    }

    @Test
    void defaultsAreNoLossA64KiBWindowNoLinkCapOneStreamNoOverhead() {
        WanModel.Input in = new WanRequest("1GB", "10ms", "", null, null, " ", null).input("");
        assertThat(in).isEqualTo(new WanModel.Input(1e9, 0.01, 0, 65536, null, 1, 0));
        WanModel.Input all = new WanRequest("1GB", "10ms", "0.1 %", "1MiB", "1Gbit/s", "4", "2s").input("");
        assertThat(all).isEqualTo(new WanModel.Input(1e9, 0.01, 0.001, 1 << 20, 125e6, 4, 2));
    }

    @Test
    void badValuesAreOneLineMessagesNamingTheValueAsTheFrontEndDoes() {
        assertThatThrownBy(() -> new WanRequest("1GB", "50ms", "lots", null, null, null, null).input("--"))
                .isInstanceOf(InputException.class)
                .hasMessage("--loss 'lots' is not a percentage: expected e.g. 1 or 0.1%");
        assertThatThrownBy(() -> new WanRequest("1GB", "50ms", "100", null, null, null, null).input(""))
                .hasMessage("loss '100' must be below 100 %");
        assertThatThrownBy(() -> new WanRequest("huge", "50ms", null, null, null, null, null).input(""))
                .isInstanceOf(InputException.class).message().startsWith("size: ");
        assertThatThrownBy(() -> new WanRequest("1GB", null, null, null, null, null, null).input("--"))
                .hasMessageStartingWith("missing --rtt");
        assertThatThrownBy(() -> new WanRequest("1GB", "50ms", null, null, null, "two", null).input(""))
                .hasMessageStartingWith("streams 'two' is not a whole number");
        assertThatThrownBy(() -> new WanRequest("1GB", "50ms", null, null, null, "0", null).input(""))
                .isInstanceOf(InputException.class).hasMessage("streams must be at least 1");
        assertThatThrownBy(() -> new WanRequest("1GB", "0ms", null, null, null, null, null).input(""))
                .isInstanceOf(InputException.class).hasMessage("RTT must be above zero");
    }
}
