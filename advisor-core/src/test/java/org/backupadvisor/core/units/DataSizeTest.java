package org.backupadvisor.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataSizeTest {

    @ParameterizedTest(name = "{0} = {1} B")
    @CsvSource(delimiter = '|', value = {
            "30TB      | 30e12",
            "2TiB      | 2199023255552",
            "8192MB    | 8.192e9",
            "2 TiB     | 2199023255552",
            "1.5GB     | 1.5e9",
            "100B      | 100",
            "10Gbit    | 1.25e9",
            "512GiB    | 549755813888",
            "3 bytes   | 3",
    })
    void parsesDecimalBinaryAndBitUnits(String text, double expectedBytes) {
        assertThat(DataSize.parse(text).bytes()).isCloseTo(expectedBytes, within(expectedBytes * 1e-9));
    }

    @Test
    void refusesAllLowerCaseUnitAsAmbiguousAndSaysHowToWriteIt() {
        assertThatThrownBy(() -> DataSize.parse("30tb"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'30tb'")
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("TB")
                .hasMessageContaining("tbit");
    }

    @Test
    void refusesANumberWithoutUnitAndSuggestsOne() {
        assertThatThrownBy(() -> DataSize.parse("30"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'30'")
                .hasMessageContaining("no unit")
                .hasMessageContaining("30TB");
    }

    @Test
    void refusesGarbageAndUnknownUnits() {
        assertThatThrownBy(() -> DataSize.parse("lots"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'lots'")
                .hasMessageContaining("30TB");
        assertThatThrownBy(() -> DataSize.parse("5 XB"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown unit 'XB'");
        assertThatThrownBy(() -> DataSize.parse(null)).isInstanceOf(InputException.class);
    }

    @Test
    void formatsInDecimalUnits() {
        assertThat(DataSize.parse("30TB")).hasToString("30 TB");
        assertThat(DataSize.parse("8192MB")).hasToString("8.19 GB");
        assertThat(DataSize.parse("512GB")).hasToString("512 GB");
    }

    @Test
    void comparesByBytes() {
        assertThat(DataSize.parse("2TiB")).isGreaterThan(DataSize.parse("2TB"));
        assertThatThrownBy(() -> DataSize.ofBytes(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
