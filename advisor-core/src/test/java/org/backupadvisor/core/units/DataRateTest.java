package org.backupadvisor.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DataRateTest {

    @ParameterizedTest(name = "{0} = {1} B/s")
    @CsvSource(delimiter = '|', value = {
            "173MB/s      | 173e6",
            "290GB/hr     | 80.5555555e6",
            "10.6TB/hr    | 2944.444444e6",
            "936mb/s      | 117e6",
            "10Gbit/s     | 1.25e9",
            "1Gbps        | 125e6",
            "120 MB/sec   | 120e6",
            "2.5MiB/s     | 2621440",
            "' 60 MB / min '| 1e6",
            "8.64TB/day   | 100e6",
    })
    void parsesTheSpellingsBackupPeopleUse(String text, double expectedBytesPerSecond) {
        assertThat(DataRate.parse(text).bytesPerSecond())
                .isCloseTo(expectedBytesPerSecond, within(expectedBytesPerSecond * 1e-6));
    }

    @Test
    void lowerCaseBIsBitsUpperCaseIsBytes() {
        assertThat(DataRate.parse("936MB/s").bytesPerSecond())
                .isEqualTo(DataRate.parse("936mb/s").bytesPerSecond() * 8, within(1e-3));
    }

    @Test
    void commvaultGibibytesPerHourAreBinary() {
        // 256 GiB/hr for 8 hours is 2 TiB.
        DataRate rate = DataRate.ofGibibytesPerHour(256);
        DataRate twoTibIn8h = DataRate.of(DataSize.parse("2TiB"), Duration.ofHours(8));
        assertThat(rate.bytesPerSecond()).isCloseTo(twoTibIn8h.bytesPerSecond(), within(1e-6));
        // ... and differs from the decimal reading of the same text.
        assertThat(rate.bytesPerSecond()).isGreaterThan(DataRate.parse("256GB/hr").bytesPerSecond());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "173", "173MB"})
    void refusesTextThatIsNotARateAndShowsAnExample(String text) {
        assertThatThrownBy(() -> DataRate.parse(text))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("173MB/s");
    }

    @Test
    void refusesAnUnknownSizeUnitListingTheKnownOnes() {
        assertThatThrownBy(() -> DataRate.parse("173XB/s"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'173XB/s'")
                .hasMessageContaining("XB")
                .hasMessageContaining("MB");
    }

    @Test
    void refusesAnUnknownTimeUnitListingTheKnownOnes() {
        assertThatThrownBy(() -> DataRate.parse("173MB/fortnight"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'173MB/fortnight'")
                .hasMessageContaining("fortnight")
                .hasMessageContaining("/s");
    }

    @Test
    void refusesMissingText() {
        assertThatThrownBy(() -> DataRate.parse(" "))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("173MB/s");
        assertThatThrownBy(() -> DataRate.parse(null)).isInstanceOf(InputException.class);
    }

    @Test
    void formatsWithOneDecimalAboveOneHundredAndNoTrailingZeros() {
        assertThat(DataRate.parse("173.6MB/s")).hasToString("173.6 MB/s");
        assertThat(DataRate.ofMegabytesPerSecond(240)).hasToString("240 MB/s");
        assertThat(DataRate.ofMegabytesPerSecond(80.5555)).hasToString("80.6 MB/s");
        assertThat(DataRate.parse("10Gbit/s")).hasToString("1.25 GB/s");
        assertThat(DataRate.ofBytesPerSecond(0)).hasToString("0 B/s");
    }

    @Test
    void roundingUpToAThousandMovesToTheNextPrefix() {
        assertThat(DataRate.parse("999.96MB/s")).hasToString("1 GB/s");
    }

    @Test
    void perHourStringIsDecimal() {
        assertThat(DataRate.ofMegabytesPerSecond(173.6).toPerHourString()).isEqualTo("625 GB/hr");
    }

    @Test
    void timeForASizeAtThisRate() {
        assertThat(DataRate.ofMegabytesPerSecond(100).timeFor(DataSize.parse("360GB")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void minAndCompareTo() {
        DataRate slow = DataRate.parse("80MB/s");
        DataRate fast = DataRate.parse("240MB/s");
        assertThat(slow.min(fast)).isSameAs(slow);
        assertThat(fast.min(slow)).isSameAs(slow);
        assertThat(slow).isLessThan(fast);
        assertThat(slow.times(3).bytesPerSecond()).isEqualTo(fast.bytesPerSecond(), within(1e-6));
    }

    @Test
    void refusesNegativeOrNonFiniteRates() {
        assertThatThrownBy(() -> DataRate.ofBytesPerSecond(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataRate.ofBytesPerSecond(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataRate.ofBytesPerSecond(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateOverAZeroDurationIsAnInputError() {
        assertThatThrownBy(() -> DataRate.of(DataSize.parse("1TB"), Duration.ZERO))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("positive");
    }
}
