package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenario S7 (../shared/scenarios/S7-wan-avamar-vs-datadomain.md) through {@code advisor wan estimate --format json}:
 * the seed 001 WAN table reproduced within 10 % up to 200 ms from the implied bytes, window and overhead (Avamar about
 * 30 KB per round trip and 232 MB, 11 s; Data Domain about 45 KB and 253 MB, 16 s), and the loss and bandwidth cases.
 */
class S7WanEstimateTest {
    private static final ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static JsonNode estimate(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "wan";
        all[1] = "estimate";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = "--format=json";
        Cli.Result r = Cli.run(all);
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @ParameterizedTest(name = "{0} ms: Avamar {1} s, Data Domain {2} s")
    @CsvSource({"5,53,47", "10,96,76", "50,405,301", "100,791,585", "200,1538,1160"})
    void reproducesTheS7Table(int delayMs, double avamar, double dataDomain) throws Exception {
        JsonNode a = estimate("--size", "232MB", "--rtt", delayMs + "ms", "--window", "30KB", "--overhead", "11s");
        JsonNode d = estimate("--size", "253MB", "--rtt", delayMs + "ms", "--window", "45KB", "--overhead", "16s");
        assertThat(a.get("seconds").asDouble()).isCloseTo(avamar, within(avamar * 0.10));
        assertThat(d.get("seconds").asDouble()).isCloseTo(dataDomain, within(dataDomain * 0.10));
        assertThat(a.get("limitedBy").asText()).isEqualTo("window");
        assertThat(d.get("validated").asBoolean()).isTrue();
    }

    @Test
    void at500msDataDomainIsOutsideTheValidatedRangeAndAvamarStillOnTheLine() throws Exception {
        JsonNode a = estimate("--size", "232MB", "--rtt", "500ms", "--window", "30KB", "--overhead", "11s");
        JsonNode d = estimate("--size", "253MB", "--rtt", "500ms", "--window", "45KB", "--overhead", "16s");
        assertThat(a.get("seconds").asDouble()).isCloseTo(3900, within(390.0));
        assertThat(d.get("validated").asBoolean()).isFalse();
    }

    @Test
    void onePercentLossIsLossLimited() throws Exception {
        JsonNode a = estimate("--size", "232MB", "--rtt", "100ms", "--window", "30KB", "--loss", "1%");
        assertThat(a.get("limitedBy").asText()).isEqualTo("loss");
        JsonNode clean = estimate("--size", "232MB", "--rtt", "100ms", "--window", "30KB");
        assertThat(a.get("seconds").asDouble()).isGreaterThan(clean.get("seconds").asDouble());
    }

    @Test
    void oneMegabitLinkIsLinkLimited() throws Exception {
        JsonNode d = estimate("--size", "253MB", "--rtt", "5ms", "--window", "45KB", "--bandwidth", "1Mbit/s");
        assertThat(d.get("limitedBy").asText()).isEqualTo("link");
        // 253 MB at 1 Mbit/s of line rate is over half an hour whatever the window.
        assertThat(d.get("seconds").asDouble()).isGreaterThan(253e6 * 8 / 1e6);
    }

    @Test
    void badValuesAreOneLineExitTwo() {
        Cli.Result r = Cli.run("wan", "estimate", "--size", "1GB", "--rtt", "50ms", "--loss", "lots");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("--loss"));
        Cli.Result noRtt = Cli.run("wan", "estimate", "--size", "1GB");
        assertThat(noRtt.exit()).isEqualTo(2);
        assertThat(noRtt.err()).contains("--rtt");
    }
}
