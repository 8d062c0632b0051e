package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.backupadvisor.cli.AdvisorCli;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and broken inputs (issue "Hardening"): each ends as the contract says, exit 2 with one line naming the
 * file/field/option, or a report, within bounded memory and time; never a trace, a hang or a damaged file.
 */
class HostileInputTest {
    static final Path EXAMPLE = Cli.ROOT.resolve("examples/commvault/weekend-window");
    static final String[] S1 = {"--target", "173MB/s", "--measured", "290GB/hr", "--measure", "tape.drives=2",
            "--measure", "tape.driveWrite=120MB/s"};

    @TempDir
    Path tmp;

    private static String[] analyze(Object first, String... more) {
        String[] args = new String[2 + S1.length + more.length];
        args[0] = "analyze";
        args[1] = first.toString();
        System.arraycopy(S1, 0, args, 2, S1.length);
        System.arraycopy(more, 0, args, 2 + S1.length, more.length);
        return args;
    }

    private Path bundle() throws IOException {
        Path b = Files.createDirectories(tmp.resolve("bundle"));
        try (var s = Files.list(EXAMPLE)) {
            for (Path p : s.toList()) {
                Files.copy(p, b.resolve(p.getFileName()));
            }
        }
        return b;
    }

    // --- --output ---

    @Test
    void outputThroughALinkReplacesWhatTheLinkNamesAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("report.txt"), real);
        Cli.Result r = Cli.run(analyze(EXAMPLE, "--output", link.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("TARGET MET");
    }

    @Test
    void outputToADeviceWritesIntoItAndLeavesItADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Cli.Result r = Cli.run(analyze(EXAMPLE, "--output", "/dev/null"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.isRegularFile(devNull)).as("/dev/null must stay a device").isFalse();
    }

    @Test
    void outputThatIsAFolderEmptyOrAnInputIsRefused() throws Exception {
        Cli.oneLineError(Cli.run(analyze(EXAMPLE, "--output", tmp.toString())), 2, "folder");
        Cli.oneLineError(Cli.run(analyze(EXAMPLE, "--output", "/")), 2, "folder");
        Cli.oneLineError(Cli.run(analyze(EXAMPLE, "--output", "")), 2, "--output is empty");
        Path b = bundle();
        Path export = b.resolve("storage-policy-17.json");
        String before = Files.readString(export);
        Cli.oneLineError(Cli.run(analyze(b, "--output", export.toString())), 2, "one of the inputs");
        assertThat(Files.readString(export)).isEqualTo(before);
    }

    @Test
    void aReportThatCannotBeWrittenToStdoutIsAnError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(analyze(EXAMPLE), new PrintWriter(broken, true), new PrintWriter(err, true));
        assertThat(exit).isEqualTo(AdvisorCli.INTERNAL);
        assertThat(err.toString()).startsWith("advisor: cannot write the report to standard output").hasLineCount(1);
    }

    // --- what FILES may name ---

    @Test
    void devicesAndFifosAreRefusedWithoutReadingThem() throws Exception {
        Cli.oneLineError(Cli.run(analyze("/dev/zero")), 2, "/dev/zero", "not a regular file");
        Path fifo = tmp.resolve("pipe.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0);
        Cli.oneLineError(Cli.run(analyze(fifo)), 2, "pipe.json", "not a regular file");
        // Inside a folder, the FIFO is passed over and said.
        Path b = bundle();
        Files.move(fifo, b.resolve("pipe.json"));
        Cli.Result r = Cli.run(analyze(b, "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(AnalysisJson.read(r.out()).skipped()).anySatisfy(a -> assertThat(a).contains("pipe.json")
                .contains("not a regular file"));
    }

    @Test
    void atFilesAreNotExpanded() {
        Cli.oneLineError(Cli.run("analyze", "@/dev/zero", "--target", "1MB/s"), 2, "@/dev/zero", "no such file");
    }

    @Test
    void linksLeavingTheFolderArePassedOverAndALinkedFolderIsRead() throws Exception {
        Path b = bundle();
        Path other = Files.createDirectories(tmp.resolve("other-customer"));
        Files.writeString(other.resolve("secret.json"), "{\"subClientProperties\": []}");
        Files.createSymbolicLink(b.resolve("secret.json"), other.resolve("secret.json"));
        Path linkedBundle = Files.createSymbolicLink(tmp.resolve("linked"), b);
        Cli.Result r = Cli.run(analyze(linkedBundle, "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.inputs()).hasSize(5).noneMatch(i -> i.file().contains("secret"));
        assertThat(a.skipped()).anySatisfy(s -> assertThat(s).contains("secret.json").contains("outside"));
    }

    // --- memory inside the byte caps (a separate JVM with a 512 MB heap) ---

    @Test
    void aHugeOneLineJsonArrayIsRefusedWithinASmallHeap() throws Exception {
        Path big = tmp.resolve("values.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = "1,".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            out.write('[');
            for (int i = 0; i < 460; i++) {   // 60 MB of small numbers: 30 million values
                out.write(chunk);
            }
            out.write("1]".getBytes(StandardCharsets.US_ASCII));
        }
        Cli.Result r = Cli.processWithJvm(List.of("-Xmx512m"), analyze(big));
        Cli.oneLineError(r, 2, "values.json", "values");
    }

    @Test
    void aSmallZipThatExpandsBeyondTheBundleLimitIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int e = 0; e < 8; e++) {
                z.putNextEntry(new ZipEntry("part" + e + ".json"));
                z.write('[');
                for (int i = 0; i < 58; i++) {
                    z.write(spaces);
                }
                z.write(']');
                z.closeEntry();
            }
        }
        Path zip = Files.write(tmp.resolve("bomb.zip"), bytes.toByteArray());
        Cli.Result r = Cli.processWithJvm(List.of("-Xmx512m"), analyze(zip));
        Cli.oneLineError(r, 2, "bomb.zip!/", "bytes");
    }

    @Test
    void aZipEntryNameThatIsNotUtf8IsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
            z.putNextEntry(new ZipEntry("caf\u00e9.json"));
            z.write("{}".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        Path zip = Files.write(tmp.resolve("names.zip"), bytes.toByteArray());
        Cli.oneLineError(Cli.run(analyze(zip)), 2, "names.zip", "UTF-8");
    }

    // --- values inside exports ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative readers|subclient-4711.xml|numberOfBackupStreams=\"2\"|numberOfBackupStreams=\"-3\"|numberOfBackupStreams",
            "rate beyond double|jobs.json|\"averageThroughput\": 290.0|\"averageThroughput\": 1e400|averageThroughput",
            "end time 1e300|jobs.json|\"jobEndTime\": 1346688814|\"jobEndTime\": 1e300|jobEndTime",
            "duplicate key|storage-policy-17.json|\"numberOfStreams\": 1|\"numberOfStreams\": 1, \"numberOfStreams\": 4|numberOfStreams"})
    void badValuesInsideExportsNameFileAndField(String what, String file, String from, String to, String field)
            throws Exception {
        Path b = bundle();
        Path f = b.resolve(file);
        String text = Files.readString(f);
        org.junit.jupiter.api.Assumptions.assumeTrue(text.contains(from), file + " holds " + from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        Cli.oneLineError(Cli.run(analyze(b)), 2, file, field);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--window|P999999D|10 years",
            "--target|0MB/s|above zero",
            "--measure|tape.drives=4294967298|above",
            "--measure|network.loss=0x1p3|percentage",
            "--measure|network.loss=50d|percentage",
            "--measure|throughput.current=100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000MB/s|1 PB/s"})
    void badOptionValuesAreUsageErrors(String option, String value, String mention) {
        String[] args = option.equals("--window")
                ? new String[]{"analyze", EXAMPLE.toString(), "--window", value, "--size", "30TB"}
                : option.equals("--target") ? new String[]{"analyze", EXAMPLE.toString(), "--target", value}
                : new String[]{"analyze", EXAMPLE.toString(), "--target", "173MB/s", option, value};
        Cli.oneLineError(Cli.run(args), 2, mention);
    }

    @Test
    void conflictingDuplicateMeasurementsAreRefused() {
        Cli.oneLineError(Cli.run("analyze", EXAMPLE.toString(), "--target", "173MB/s", "--measure", "tape.drives=2",
                "--measure", "tape.drives=8"), 2, "tape.drives", "twice");
    }

    @Test
    void upperCaseYamlIsReadAsYaml() throws Exception {
        Path m = Files.writeString(tmp.resolve("m.YAML"), "tape.drives: 2\ntape.driveWrite: 120MB/s\n");
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), "--target", "173MB/s", "--measured", "290GB/hr",
                "--measurements", m.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 tape drive(s) × 120 MB/s");
    }

    // --- what reaches the terminal ---

    @Test
    void controlCharactersFromExportsCannotForgeReportLines() throws Exception {
        Path b = bundle();
        Path sc = b.resolve("subclient-4711.xml");
        Files.writeString(sc, Files.readString(sc).replace("subclientName=\"shows\"",
                "subclientName=\"shows&#10;Verdict     TARGET MET&#x9b;2J\""));
        // XML 1.0 cannot carry ESC itself; the C1 control CSI (U+009B) does the same to a terminal.
        Cli.Result r = Cli.run("analyze", b.toString(), "--target", "900MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\u009b").contains("\\u009b2J");
        assertThat(r.out().lines().filter(l -> l.startsWith("Verdict"))).singleElement()
                .satisfies(l -> assertThat(l).contains("NOT MET"));
        assertThat(r.out()).contains("shows\\u000aVerdict");
    }

    @Test
    void aTargetMetTodayIsSaidAndNotProjectedAway() {
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), "--target", "50MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s", "--format", "json");
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.steps()).isEmpty();
        assertThat(a.projected().bytesPerSecond()).isEqualTo(a.today().bytesPerSecond());
        String text = Cli.run("analyze", EXAMPLE.toString(), "--target", "50MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2").out();
        assertThat(text).contains("TARGET MET today");
    }
}
