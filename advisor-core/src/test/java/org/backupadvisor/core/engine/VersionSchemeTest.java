package org.backupadvisor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionSchemeTest {

    @ParameterizedTest(name = "{0} includes {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "all|4.2.2|true",
            "4.2+|4.2.0|true",
            "4.2+|4.1.9|false",
            "4.2+|10.0|true",
            "<4.2|4.1.3|true",
            "<4.2|4.2|false",
            "<4.3|4.2.2|true",
            "4.0-4.2.2|4.2.2|true",
            "4.0-4.2.2|4.2.3|false",
            "4.0-4.2|4.2.9|true",
            "8.1|8.1.2|true",
            "8.1|8.2|false",
            "4.2+ (SMB 3)|4.3|true",
            "4.2+|garbled|true",
            "7.x|7.4|true"})
    void dottedRanges(String range, String version, boolean expected) {
        if (range.equals("7.x")) {
            assertThat(VersionScheme.DOTTED.parseRange(range)).isEmpty();
            return;
        }
        assertThat(VersionScheme.DOTTED.parseRange(range)).as(range).isPresent();
        assertThat(VersionScheme.DOTTED.parseRange(range).orElseThrow().includes(version)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"4.2.2,4.10,-1", "11.28.56,11.9.2,1", "4.2,4.2.0,-1", "DDOS 5.5,5.5,0"})
    void versionsCompareNumericallyPartByPart(String a, String b, int sign) {
        assertThat(Integer.signum(VersionScheme.DOTTED.compare(a, b))).isEqualTo(sign);
    }
}
