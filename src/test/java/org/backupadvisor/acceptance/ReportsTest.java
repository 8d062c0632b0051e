package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Consultant reports end to end: the README's S1 analysis with --format html|pdf|markdown|csv --output, and
 * {@code advisor report} re-rendering the saved JSON; bad saved analyses are exit 2 with one line.
 */
class ReportsTest {
    @TempDir
    Path tmp;

    private static String[] s1(String... more) {
        String[] base = S1CommvaultWeekendWindowTest.README_COMMAND;
        String[] args = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return args;
    }

    /** As {@link #s1}, with the example folder absolute (in-process runs have the module folder as working directory). */
    private static String[] s1InProcess(String... more) {
        String[] args = s1(more);
        args[1] = Cli.ROOT.resolve(args[1]).toString();
        return args;
    }

    private static void oneLineError(Cli.Result r, String... mentions) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("advisor: ").doesNotContain("Exception");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
    }

    @Test
    void theJarWritesAnHtmlReportWithTheChartAndThePlan() throws Exception {
        Path out = tmp.resolve("report.html");
        Cli.Result r = Cli.process(s1("--format", "html", "--title", "Weekend window", "--customer", "ACME",
                "--output", out.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as("no progress bar when stderr is not a terminal").isEmpty();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Weekend window</h1>").contains("ACME")
                .contains("<svg id=\"chart\"").contains("id=\"plan-table\"").contains("Target met after the plan")
                .contains("15 of 16 rules evaluated").doesNotContain("<script");
    }

    @Test
    void aPdfWhoseTextCanBeExtracted() throws Exception {
        Path out = tmp.resolve("report.pdf");
        Cli.Result r = Cli.run(s1InProcess("--format", "pdf", "--customer", "ACME", "--output", out.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("ACME").contains("Executive summary").contains("Target met after the plan")
                    .contains("2 tape drive(s) × 120 MB/s = 240 MB/s").contains("15 of 16 rules evaluated");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "csv"})
    void markdownAndCsvFiles(String format) throws Exception {
        Path out = tmp.resolve("report." + format);
        Cli.Result r = Cli.run(s1InProcess("--format", format, "--output", out.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        String s = Files.readString(out, StandardCharsets.UTF_8);
        if (format.equals("markdown")) {
            assertThat(s).startsWith("# Backup throughput assessment").contains("## The plan")
                    .contains("| 1 | 1 | commvault.storagePolicy.numberOfStreams | SP-T50e-LTO5 | 1 | **4** |");
        } else {
            assertThat(s.split("\r\n")).hasSize(12);
            assertThat(s).startsWith("rank,step,severity,product,parameter,object,current,recommended,");
        }
    }

    @Test
    void reportReRendersASavedAnalysisWithoutAnalysingAgain() throws Exception {
        Path json = tmp.resolve("analysis.json");
        assertThat(Cli.run(s1InProcess("--format", "json", "--output", json.toString())).exit()).isZero();
        Analysis saved = AnalysisJson.read(Files.readString(json));

        Path md = tmp.resolve("again.md");
        Cli.Result r = Cli.run("report", json.toString(), "--format", "markdown", "--title", "Again", "--output", md.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(md)).startsWith("# Again").contains(saved.analysisId());

        Cli.Result text = Cli.run("report", json.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("TARGET MET after the plan").contains(saved.analysisId());

        Cli.Result csv = Cli.run("report", json.toString(), "--format", "csv");
        assertThat(csv.out().split("\r\n")).hasSize(1 + saved.recommendations().size());

        oneLineError(Cli.run("report", json.toString(), "--format", "html", "--output", json.toString()),
                "--output names one of the inputs");
        assertThat(AnalysisJson.read(Files.readString(json))).isEqualTo(saved);
    }

    @Test
    void aBadSavedAnalysisIsExitTwoWithOneLine() throws Exception {
        oneLineError(Cli.run("report", tmp.resolve("missing.json").toString()), "missing.json", "not a regular file");
        oneLineError(Cli.run("report", tmp.toString()), "not a regular file");
        Path notJson = Files.writeString(tmp.resolve("notes.json"), "{ this is not json\n at all");
        oneLineError(Cli.run("report", notJson.toString(), "--format", "html"), "notes.json", "not a saved analysis");
        Path other = Files.writeString(tmp.resolve("other.json"), "{\"hello\": 1}");
        oneLineError(Cli.run("report", other.toString()), "other.json", "not a saved analysis");
        Path wrongSchema = Files.writeString(tmp.resolve("v2.json"), "{\"schemaVersion\": 2}");
        oneLineError(Cli.run("report", wrongSchema.toString()), "schemaVersion 1");
    }

    @Test
    void anUnknownFormatNamesTheFormatsThereAre() {
        Cli.Result r = Cli.run(s1InProcess("--format", "docx"));
        oneLineError(r, "--format 'docx' is not supported", "html", "pdf", "markdown", "csv");
    }
}
