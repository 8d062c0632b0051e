package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /V2/StoragePolicy/{sp}/Copy/{copy} as Commvault returns it: the copy's StoragePolicyCopy carries copyId and
 * copyName only, the policy is in the URL. The copy joins its policy through the policy GET's copies[]; a copy that
 * cannot be joined is reported and the rest of the CommCell is analysed.
 */
class CommvaultCopyGetTest {
    @TempDir
    Path tmp;

    private Path bundle() throws Exception {
        Path b = Files.createDirectories(tmp.resolve("cs01"));
        try (var s = Files.list(Cli.ROOT.resolve("examples/commvault/weekend-window"))) {
            for (Path p : s.toList()) {
                Files.copy(p, b.resolve(p.getFileName()));
            }
        }
        Path copy = b.resolve("storage-policy-17-copy-31.json");
        Files.writeString(copy, Files.readString(copy).replace(
                "\"StoragePolicyCopy\": { \"copyId\": 31, \"copyName\": \"Primary\", \"storagePolicyId\": 17, \"storagePolicyName\": \"SP-T50e-LTO5\" }",
                "\"StoragePolicyCopy\": { \"copyId\": 31, \"copyName\": \"Primary\" }"));
        assertThat(Files.readString(copy)).doesNotContain("storagePolicyName");
        return b;
    }

    private static Analysis analyse(Path b) {
        Cli.Result r = Cli.run("analyze", b.toString(), "--window", "48h", "--size", "30TB", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return AnalysisJson.read(r.out());
    }

    @Test
    void aCopyGetWithoutItsPolicyNameJoinsThroughThePolicyGetsCopyList() throws Exception {
        Analysis a = analyse(bundle());
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e3));
        assertThat(a.recommendations()).anySatisfy(r -> {
            assertThat(r.setting()).isEqualTo("commvault.copy.multiplexingFactor");
            assertThat(r.object()).isEqualTo("SP-T50e-LTO5/Primary");
        });
        assertThat(a.skipped()).isEmpty();
    }

    @Test
    void aCopyThatCannotBeJoinedIsReportedAndTheRestIsAnalysed() throws Exception {
        Path b = bundle();
        Files.writeString(b.resolve("storage-policy-18-copy-44.json"),
                "{\"copy\": {\"StoragePolicyCopy\": {\"copyId\": 44, \"copyName\": \"Secondary\"}, "
                        + "\"mediaProperties\": {\"multiplexingFactor\": 2}}}");
        Analysis a = analyse(b);
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e3));
        assertThat(a.skipped()).singleElement().satisfies(s -> assertThat(s).contains("storage-policy-18-copy-44.json")
                .contains("copyId 44").contains("GET /V2/StoragePolicy/{id}?propertyLevel=10"));
    }
}
