package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md §8 end to end: S1's Commvault bundle plus the MediaAgent host's NICs (ethtool output in a folder named
 * after the host). One 1 GbE port binds the path; two 10 GbE ports add up and the tape drives bind again.
 */
class CompositionTest {
    @TempDir
    Path bundle;

    private static String ethtool(String iface, String speed) {
        return "Settings for " + iface + ":\n\tSupported ports: [ FIBRE ]\n\tSpeed: " + speed + "\n\tDuplex: Full\n"
                + "\tPort: FIBRE\n\tAuto-negotiation: off\n\tLink detected: yes\n";
    }

    private Analysis analyse(String... ethtool) throws Exception {
        try (var s = Files.list(Cli.ROOT.resolve("examples/commvault/weekend-window"))) {
            for (Path p : s.toList()) {
                Files.copy(p, bundle.resolve(p.getFileName()));
            }
        }
        if (ethtool.length > 0) {
            Path host = Files.createDirectories(bundle.resolve("backup01"));
            Files.writeString(host.resolve("ethtool.txt"), String.join("", ethtool), StandardCharsets.UTF_8);
        }
        Cli.Result r = Cli.run("analyze", bundle.toString(), "--window", "48h", "--size", "30TB", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--measure",
                "source.readPerStream=253MB/s", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return AnalysisJson.read(r.out());
    }

    @Test
    void oneGigabitPortOfTheMediaAgentBindsThePath() throws Exception {
        Analysis a = analyse(ethtool("eno1", "1000Mb/s"));
        assertThat(a.projected().bytesPerSecond()).isCloseTo(117.5e6, within(0.1e6));
        assertThat(a.targetMet()).isFalse();
        assertThat(a.bottleneck().stage()).isEqualTo("network");
        assertThat(a.bottleneck().description()).contains("backup01 eno1 1 Gbit/s").contains("94 %");
        assertThat(a.verdict()).isEqualTo(Analysis.HARDWARE);
        assertThat(a.goals().get(0).paths()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("storage policy SP-T50e-LTO5");
            assertThat(p.contributors()).containsExactly("platform");
        });
    }

    @Test
    void twoTenGigabitPortsAddUpAndTheTapeDrivesBindAgain() throws Exception {
        Analysis a = analyse(ethtool("ens1f0", "10000Mb/s"), ethtool("ens1f1", "10000Mb/s"));
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(0.1e6));
        assertThat(a.targetMet()).isTrue();
        assertThat(a.bottleneck().description()).contains("2 tape drive(s) × 120 MB/s = 240 MB/s");
        // The NIC lanes are added into one capacity (2 × 1175 MB/s), which the derivation shows.
        assertThat(a.projected().derivation()).noneMatch(d -> d.contains("NICs of backup01") && d.contains("capped"));
    }

    @Test
    void withoutHostExportsThePathIsTheBackupProductsOwn() throws Exception {
        Analysis a = analyse();
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(0.1e6));
        assertThat(a.goals().get(0).paths().get(0).contributors()).isEmpty();
    }
}
