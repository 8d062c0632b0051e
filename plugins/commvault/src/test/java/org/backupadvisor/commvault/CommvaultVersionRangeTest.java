package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommvaultVersionRangeTest {

    @ParameterizedTest(name = "{0} includes {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "v10-v11|11.28.56|true",
            "v10-v11|10.0.3|true",
            "v10-v11|9.0|false",
            "v10-v11|12.1|false",
            "v11|11.40|true",
            "v11|10.99|false",
            "v11 SP20+|11.20.5|true",
            "v11 SP20+|11.19|false",
            "v11 SP20+|12.0|true",
            "v8-v11 SP16|11.16.2|true",
            "v8-v11 SP16|11.17|false",
            "v11 (V4 REST API, plan-based CommCells)|11.28|true",
            "v10-v11|garbled|true"})
    void includes(String range, String version, boolean expected) {
        assertThat(CommvaultVersionRange.parse(range)).as(range).isPresent();
        assertThat(CommvaultVersionRange.parse(range).orElseThrow().includes(version)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"all versions", "11", "v-11", "''"})
    void textOutsideTheGrammarDoesNotParse(String range) {
        assertThat(CommvaultVersionRange.parse(range)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"11.32.45,11.32.45", "11 SP32,11.32", "SP32,11.32", "sp 28,11.28", "32,11.32", "2024E,2024E",
            "v11 SP20.7,11.20.7", "10.0.0 SP14,10.0.0 SP14"})
    void fieldFormsOfGeneralVersion(String raw, String normalized) {
        assertThat(CommvaultVersionRange.normalize(raw)).isEqualTo(normalized);
        assertThat(CommvaultVersionRange.SCHEME.readable(normalized)).isEqualTo(!normalized.equals("2024E"));
    }
}
