package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export folders as admins keep them: notes, logs and desktop metadata beside the responses, files saved by Windows
 * PowerShell 5.1 ({@code >} and {@code Out-File} write UTF-16 LE with a BOM) or by ANSI tools. What no plugin reads
 * is skipped and said; a file the user names explicitly must still be an export.
 */
class ExportFoldersTest {
    static final Path EXAMPLE = Cli.ROOT.resolve("examples/commvault/weekend-window");

    @TempDir
    Path tmp;

    private Path bundle() throws Exception {
        Path b = Files.createDirectories(tmp.resolve("commcell-export"));
        try (var s = Files.list(EXAMPLE)) {
            for (Path p : s.toList()) {
                Files.copy(p, b.resolve(p.getFileName()));
            }
        }
        return b;
    }

    private static Analysis analyse(Path bundle) {
        Cli.Result r = Cli.run("analyze", bundle.toString(), "--window", "48h", "--size", "30TB", "--measured",
                "290GB/hr", "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return AnalysisJson.read(r.out());
    }

    @Test
    void notesLogsAndDesktopMetadataAreSkippedAndSaid() throws Exception {
        Path b = bundle();
        Files.writeString(b.resolve("README.md"), "# Export of CS01, 2026-11-30\nPulled with the REST API.\n");
        Files.writeString(b.resolve("collect.log"), "2026-11-30 10:01:02 INFO GET /Subclient/4711 200\n");
        Files.write(b.resolve("Thumbs.db"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.writeString(b.resolve("desktop.ini"), "[.ShellClassInfo]\r\n");
        Files.writeString(b.resolve("subclient-4711.xml:Zone.Identifier"), "[ZoneTransfer]\r\nZoneId=3\r\n");

        Analysis a = analyse(b);

        assertThat(a.inputs()).hasSize(5);
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e3));
        assertThat(a.skipped()).hasSize(5).anySatisfy(s -> assertThat(s).contains("README.md").contains("not an export"))
                .anySatisfy(s -> assertThat(s).contains("collect.log"))
                .anySatisfy(s -> assertThat(s).contains("Thumbs.db").contains("desktop metadata"))
                .anySatisfy(s -> assertThat(s).contains("Zone.Identifier"));
        String text = Cli.run("analyze", b.toString(), "--target", "173MB/s").out();
        assertThat(text).contains("  skipped: " + b.resolve("README.md") + " — not an export any plugin reads");
    }

    @Test
    void aFileNamedExplicitlyMustBeAnExport() throws Exception {
        Path readme = Files.writeString(tmp.resolve("README.md"), "# notes\n");
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), readme.toString(), "--target", "173MB/s");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("README.md").contains("not a recognised export");
    }

    @Test
    void aFolderWithNothingReadableIsStillAnError() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "ask the admin for the copy GET\n");
        Cli.Result r = Cli.run("analyze", notes.toString(), "--target", "173MB/s");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("todo.txt").contains("not a recognised export");
    }

    @Test
    void utf16AndAnsiResponsesReadLikeUtf8() throws Exception {
        Path b = bundle();
        // PowerShell 5.1: Invoke-RestMethod ... | ConvertTo-Json > storage-policy-17.json writes UTF-16 LE with a BOM.
        Path sp = b.resolve("storage-policy-17.json");
        String json = Files.readString(sp);
        byte[] utf16 = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(sp, withBom);
        // An ANSI tool saved the copy with a Latin-1 character and no encoding declared.
        Path copy = b.resolve("storage-policy-17-copy-31.json");
        String copyJson = Files.readString(copy);
        org.junit.jupiter.api.Assumptions.assumeTrue(copyJson.contains("\"copyName\""));
        Files.write(copy, copyJson.replaceFirst("\"copyName\"\\s*:\\s*\"Primary\"", "\"copyName\": \"Primary\"")
                .replace("{", "{\"description\": \"Bänder\", ").getBytes(Charset.forName("windows-1252")));

        Analysis a = analyse(b);

        assertThat(a.inputs()).hasSize(5).allSatisfy(i -> assertThat(i.product()).isEqualTo("commvault"));
        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e3));
        assertThat(a.skipped()).isEmpty();
    }

    @Test
    void filesThatAreNotExportsSayWhatTheyAre() throws Exception {
        Path b = bundle();
        Files.write(b.resolve("empty.json"), new byte[0]);
        Files.writeString(b.resolve("nothing.json"), "{ }\n");
        Files.writeString(b.resolve("no-policies.json"), "[]");
        Files.writeString(b.resolve("sp-99.json"), "{\"errorCode\": 2, \"errorMessage\": \"Storage policy not found\"}");
        Files.writeString(b.resolve("ma-3.json"), "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
                + "{\"mediaAgent\": {}}");
        Files.writeString(b.resolve("sc-ps.json"), "{\n  \"subClientProperties\": \"@{subClientEntity=; commonProperties=}\"\n}");

        Analysis a = analyse(b);

        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e3));
        assertThat(a.skipped()).anySatisfy(s -> assertThat(s).contains("empty.json — an empty file"))
                .anySatisfy(s -> assertThat(s).contains("nothing.json — an empty JSON object"))
                .anySatisfy(s -> assertThat(s).contains("no-policies.json — an empty JSON list"))
                .anySatisfy(s -> assertThat(s).contains("sp-99.json — a Commvault error response (errorCode 2: "
                        + "Storage policy not found)"))
                .anySatisfy(s -> assertThat(s).contains("ma-3.json — an HTTP capture with headers (curl -i)"))
                .anySatisfy(s -> assertThat(s).contains("sc-ps.json").contains("-Depth 10"));
        // Named explicitly, the same file is an error that says what it is.
        Cli.Result r = Cli.run("analyze", b.resolve("sp-99.json").toString(), "--target", "173MB/s");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("sp-99.json: a Commvault error response (errorCode 2: Storage policy not found)");
    }

    @Test
    void templatesAndCreateRequestsAreNotCurrentState() throws Exception {
        Path b = bundle();
        Files.writeString(b.resolve("update_subclient_template.xml"), "<App_UpdateSubClientPropertiesRequest>\n"
                + "  <association><entity clientName=\"{{clientName}}\" subclientName=\"{{subclientName}}\"/></association>\n"
                + "  <subClientProperties><commonProperties numberOfBackupStreams=\"{{streams}}\"/></subClientProperties>\n"
                + "</App_UpdateSubClientPropertiesRequest>\n");
        Files.writeString(b.resolve("create_sc.xml"), "<App_CreateSubClientRequest><subClientProperties>"
                + "<subClientEntity clientName=\"lnx01\" subclientName=\"new\"/></subClientProperties></App_CreateSubClientRequest>");

        Analysis a = analyse(b);

        assertThat(a.projected().bytesPerSecond()).isCloseTo(240e6, within(1e3));
        assertThat(a.skipped()).anySatisfy(s -> assertThat(s).contains("update_subclient_template.xml — a template"))
                .anySatisfy(s -> assertThat(s).contains("create_sc.xml — a App_CreateSubClientRequest (a create request)"));
    }
}
