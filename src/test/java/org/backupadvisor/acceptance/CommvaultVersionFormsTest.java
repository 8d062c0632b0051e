package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms general.version takes on real CommCells: readable ones gate rules as "11.28.56" does; an unrecognised
 * one ("2024E") never switches the rules off: they run, and the analysis says the version was not recognised.
 */
class CommvaultVersionFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"11 SP32,false", "SP28,false", "2024E,true", "12.1.3,false"})
    void versionForms(String version, boolean unrecognised) throws Exception {
        Path b = Files.createDirectories(tmp.resolve("b"));
        try (var s = Files.list(Cli.ROOT.resolve("examples/commvault/weekend-window"))) {
            for (Path p : s.toList()) {
                Files.copy(p, b.resolve(p.getFileName()));
            }
        }
        Path ma = b.resolve("media-agent-2.json");
        Files.writeString(ma, Files.readString(ma).replace("\"11.28.56\"", "\"" + version + "\""));
        Cli.Result r = Cli.run("analyze", b.toString(), "--target", "173MB/s", "--measured", "290GB/hr", "--measure",
                "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        boolean v12 = version.startsWith("12");
        // The S1 rules are written for v10-v11: v12 gates them off; every other form keeps them running.
        assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("CV-POLICY-DEVICE-STREAMS"))
                .extracting(Analysis.FindingRow::status).containsExactly(v12 ? "NOT_EVALUATED" : "FIRED");
        assertThat(a.assumptions().stream().anyMatch(s -> s.contains("'" + version + "'") && s.contains("not one")))
                .isEqualTo(unrecognised);
    }
}
