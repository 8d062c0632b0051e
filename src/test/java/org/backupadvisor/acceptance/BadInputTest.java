package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input → exit 2 and one line on stderr naming the file (or option) and the problem; never a stack trace. */
class BadInputTest {
    static final String EXAMPLE = "../examples/commvault/weekend-window/";

    @TempDir
    Path tmp;

    private static void oneLineError(Cli.Result r, String... mentions) {
        assertThat(r.exit()).as("exit code; stderr: " + r.err()).isEqualTo(2);
        assertThat(r.out()).as("nothing on stdout").isEmpty();
        assertThat(r.err().lines().toList()).as("stderr: " + r.err()).hasSize(1);
        assertThat(r.err()).startsWith("advisor: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
    }

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aMalformedMeasureOrGoalIsAUsageErrorWordedWithTheOptions() {
        Cli.Result measure = Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measure", "tape.drives");
        oneLineError(measure);
        assertThat(measure.err().strip()).isEqualTo("advisor: --measure 'tape.drives' must be KEY=VALUE, e.g. "
                + "--measure tape.drives=2 (see 'advisor analyze --help')");
        Cli.Result window = Cli.run("analyze", EXAMPLE, "--window", "48h");
        oneLineError(window);
        assertThat(window.err().strip()).isEqualTo("advisor: --window needs --size too (e.g. --window 48h --size 30TB) "
                + "(see 'advisor analyze --help')");
        oneLineError(Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--window", "48h", "--size", "30TB"),
                "give either --target or --window with --size, not both");
        oneLineError(Cli.run("analyze", EXAMPLE), "no target: pass --target RATE");
        oneLineError(Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measure", "tape.speed=1"),
                "--measure tape.speed=1: unknown measurement key 'tape.speed'");
    }

    @Test
    void unknownFileListsTheAcceptedFormats() throws Exception {
        Path f = write("notes.txt", "backup policy: weekly full\n");
        oneLineError(Cli.run("analyze", f.toString(), "--target", "173MB/s"), "notes.txt", "not a recognised export",
                "GET /Subclient");
    }

    @Test
    void malformedJsonNamesFileAndLine() throws Exception {
        Path f = write("subclient.json", "{\n  \"subClientProperties\": [\n    {\"commonProperties\": {,}}\n  ]\n}\n");
        oneLineError(Cli.run("analyze", f.toString(), "--target", "173MB/s"), "subclient.json", "line 3", "malformed JSON");
    }

    @Test
    void malformedXmlNamesFileAndLine() throws Exception {
        Path f = write("sp.xml", "<App_UpdateStoragePolicyReq>\n  <numberOfStreams>4</numberOfStream>\n</App_UpdateStoragePolicyReq>\n");
        oneLineError(Cli.run("analyze", f.toString(), "--target", "173MB/s"), "sp.xml", "line 2", "malformed XML");
    }

    @Test
    void externalEntityIsRefusedAndNothingLeaks() throws Exception {
        Path f = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<App_UpdateStoragePolicyReq><StoragePolicy><storagePolicyName>&x;</storagePolicyName></StoragePolicy>"
                + "</App_UpdateStoragePolicyReq>\n");
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "173MB/s");
        oneLineError(r, "xxe.xml", "DTD");
        assertThat(r.err()).doesNotContain("root:");
    }

    @Test
    void wrongValueInsideAnExportNamesFileLineAndField() throws Exception {
        Path f = write("sub.json", "{\"subClientProperties\":[{\n\"subClientEntity\":{\"clientName\":\"c\",\"subclientName\":\"s\"},\n"
                + "\"commonProperties\":{\"numberOfBackupStreams\":\"many\"}}]}\n");
        oneLineError(Cli.run("analyze", f.toString(), "--target", "173MB/s"), "sub.json", "line 3", "numberOfBackupStreams",
                "whole number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--target|173XB/s|173XB/s",
            "--target|fast|fast",
            "--window|soon|soon",
            "--measured|290GB/fortnight|fortnight"})
    void unknownUnitIsAUsageError(String option, String value, String mention) {
        String[] args = option.equals("--window")
                ? new String[]{"analyze", EXAMPLE, "--window", value, "--size", "30TB"}
                : option.equals("--target") ? new String[]{"analyze", EXAMPLE, "--target", value}
                : new String[]{"analyze", EXAMPLE, "--target", "173MB/s", option, value};
        oneLineError(Cli.run(args), mention);
    }

    @Test
    void unknownMeasurementKeyListsTheKnownKeys() {
        oneLineError(Cli.run("analyze", EXAMPLE, "--target", "173MB/s", "--measure", "tape.speed=120MB/s"),
                "tape.speed", "tape.driveWrite", "source.readPerStream");
    }

    @Test
    void missingTargetSaysHowToGiveOne() {
        oneLineError(Cli.run("analyze", EXAMPLE), "--target", "--window");
    }

    @Test
    void windowWithoutSize() {
        oneLineError(Cli.run("analyze", EXAMPLE, "--window", "48h"), "--size");
    }

    @Test
    void missingPath() {
        oneLineError(Cli.run("analyze", "no/such/export.json", "--target", "173MB/s"), "no/such/export.json", "no such file");
    }

    @Test
    void brokenZip() throws Exception {
        Path f = write("bundle.zip", "this is not a zip");
        oneLineError(Cli.run("analyze", f.toString(), "--target", "173MB/s"), "bundle.zip", "not a valid zip");
    }

    @Test
    void badInputFromARealProcessIsOneLineToo() throws Exception {
        Path f = write("broken.json", "{\"policies\": [{\"storagePolicy\": {\"storagePolicyName\": \"SP\"");
        Cli.Result r = Cli.process("analyze", f.toString(), "--target", "173MB/s");
        oneLineError(r, "broken.json", "malformed JSON");
    }

    @Test
    void aFailingPluginIsAnInternalErrorOnOneLine() throws Exception {
        Path f = write("export.faulty", "anything");
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "173MB/s");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("advisor: internal error: IllegalStateException: parser bug")
                .contains("ADVISOR_DEBUG").doesNotContain("second line").doesNotContain("\tat ");
    }

    @Test
    void aFailedAnalysisWritesNoOutputFile() throws Exception {
        Path f = write("broken.json", "{\"policies\": [");
        Path out = tmp.resolve("report.json");
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "173MB/s", "--format", "json", "--output", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".advisor-"));
        }
    }
}
