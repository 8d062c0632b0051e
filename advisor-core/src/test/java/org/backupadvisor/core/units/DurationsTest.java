package org.backupadvisor.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "48h,     PT48H",
            "2d,      PT48H",
            "90min,   PT1H30M",
            "200ms,   PT0.2S",
            "PT48H,   PT48H",
            "pt48h,   PT48H",
            "1.5h,    PT1H30M",
            "30 s,    PT30S",
            "1w,      PT168H",
            "45 minutes, PT45M",
    })
    void parsesHowPeopleWriteDurations(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @Test
    void refusesAWordWithAnExample() {
        assertThatThrownBy(() -> Durations.parse("soon"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'soon'")
                .hasMessageContaining("48h");
    }

    @Test
    void refusesAnUnknownUnitNamingIt() {
        assertThatThrownBy(() -> Durations.parse("48y"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'48y'")
                .hasMessageContaining("'y'")
                .hasMessageContaining("ms, s, min, h, d");
    }

    @Test
    void refusesBadIsoAndMissingText() {
        assertThatThrownBy(() -> Durations.parse("PT48X"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("PT48H");
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(InputException.class);
    }

    @Test
    void refusesDurationsThatOverflowOrAreNegative() {
        assertThatThrownBy(() -> Durations.parse("20000w")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> Durations.parse("PT-5H")).isInstanceOf(InputException.class);
    }

    @Test
    void formatsInTheLargestSensibleUnit() {
        assertThat(Durations.format(Duration.ofHours(48))).isEqualTo("48 h");
        assertThat(Durations.format(Duration.ofHours(106))).isEqualTo("4.42 days");
        assertThat(Durations.format(Duration.ofMinutes(35))).isEqualTo("35 min");
        assertThat(Durations.format(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Durations.format(Duration.ofMillis(200))).isEqualTo("200 ms");
    }
}
