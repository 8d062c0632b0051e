package org.backupadvisor.core.model.wan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WanModelTest {

    private static WanModel.Estimate run(double bytes, double rttMs, double lossPercent, double window, Double link,
                                         int streams, double overhead) {
        return WanModel.estimate(new WanModel.Input(bytes, rttMs / 1000, lossPercent / 100, window, link, streams, overhead));
    }

    /** Seed 001 "Performance test results over WAN" (S7), no loss: the model with the implied bytes and window. */
    @ParameterizedTest(name = "{0} ms: Avamar {1} s, Data Domain {2} s")
    @CsvSource({"5,53,47", "10,96,76", "50,405,301", "100,791,585", "200,1538,1160"})
    void reproducesTheS7TableWithinTenPercentUpTo200ms(double delayMs, double avamar, double dataDomain) {
        WanModel.Estimate a = run(232e6, delayMs, 0, 30e3, null, 1, 11);
        WanModel.Estimate d = run(253e6, delayMs, 0, 45e3, null, 1, 16);
        assertThat(a.seconds()).isCloseTo(avamar, within(avamar * 0.10));
        assertThat(d.seconds()).isCloseTo(dataDomain, within(dataDomain * 0.10));
        assertThat(a.limitedBy()).isEqualTo(WanModel.Limit.WINDOW);
        assertThat(a.validated()).isTrue();
    }

    @Test
    void beyond200msTheEstimateSaysItIsOutsideTheValidatedRange() {
        WanModel.Estimate d = run(253e6, 500, 0, 45e3, null, 1, 16);
        assertThat(d.validated()).isFalse();
        assertThat(d.derivation()).anyMatch(s -> s.contains("beyond the 200 ms"));
        // The Avamar 500 ms point is still on the line; the Data Domain one (8,340 s) is not, hence the flag.
        assertThat(run(232e6, 500, 0, 30e3, null, 1, 11).seconds()).isCloseTo(3900, within(390.0));
    }

    @Test
    void pftkMatchesTheResearchTableAtOnePercentLoss() {
        // research/avamar-altavault-wan.md §3.5: PFTK p = 1 %: 0.94 Mbit/s at 100 ms, 10.4 Mbit/s at 5 ms (MSS 1448).
        assertThat(WanModel.pftk(0.100, 0.01) * 8 / 1e6).isCloseTo(0.94, within(0.01));
        assertThat(WanModel.pftk(0.005, 0.01) * 8 / 1e6).isCloseTo(10.4, within(0.1));
        assertThat(WanModel.pftk(0.050, 0.0)).isInfinite();
    }

    @Test
    void onePercentLossIsLossLimited() {
        WanModel.Estimate e = run(232e6, 100, 1, 64e3, null, 1, 0);
        assertThat(e.limitedBy()).isEqualTo(WanModel.Limit.LOSS);
        assertThat(e.perConnectionBytesPerSecond()).isLessThan(64e3 / 0.1);
        assertThat(e.derivation()).anyMatch(s -> s.contains("PFTK"));
    }

    @Test
    void oneMegabitLinkIsLinkLimitedAndStreamsCannotBeatIt() {
        WanModel.Estimate one = run(232e6, 5, 0, 30e3, 1e6 / 8, 1, 0);
        WanModel.Estimate eight = run(232e6, 5, 0, 30e3, 1e6 / 8, 8, 0);
        assertThat(one.limitedBy()).isEqualTo(WanModel.Limit.LINK);
        assertThat(eight.seconds()).isEqualTo(one.seconds());
        assertThat(one.bytesPerSecond()).isCloseTo(125_000 * WanModel.LINK_PAYLOAD_SHARE, within(1.0));
    }

    @Test
    void streamsMultiplyAWindowLimitedRate() {
        WanModel.Estimate one = run(100e6, 50, 0, 64e3, null, 1, 0);
        WanModel.Estimate four = run(100e6, 50, 0, 64e3, null, 4, 0);
        assertThat(four.bytesPerSecond()).isCloseTo(4 * one.bytesPerSecond(), within(1e-6));
    }

    @Test
    void refusesImpossibleInputs() {
        assertThatThrownBy(() -> run(1e6, 0, 0, 30e3, null, 1, 0)).hasMessageContaining("RTT");
        assertThatThrownBy(() -> run(1e6, 10, 100, 30e3, null, 1, 0)).hasMessageContaining("loss");
        assertThatThrownBy(() -> run(1e6, 10, 0, 30e3, null, 0, 0)).hasMessageContaining("streams");
    }
}
