package org.backupadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.render.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code advisor report ANALYSIS.json}: re-renders a saved JSON analysis (from --format json) in any format. */
@Command(name = "report", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
        description = "Render a saved analysis (the JSON of 'analyze --format json') as text, json, html, pdf, "
                + "markdown or csv, without analysing again.",
        footer = {"", "Example: advisor report analysis.json --format pdf --customer \"ACME\" --output report.pdf",
                "Exit codes: 0 rendered, 2 bad input or usage, 3 internal error."},
        usageHelpWidth = 100)
final class ReportCommand implements Callable<Integer> {
    /** A saved analysis larger than this is not one this tool wrote (a 50,000-object analysis is far smaller). */
    static final long MAX_BYTES = 256L << 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ANALYSIS.json", description = "An analysis saved with --format json.")
    Path analysisFile;

    /** The command with the report options it shares with analyze. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReportCommand());
        ReportOutput.declare(cl.getCommandSpec());
        return cl;
    }

    @Override
    public Integer call() {
        ReportOutput report = ReportOutput.of(spec);
        Renderer renderer = report.renderer(spec);
        Path out = report.target();
        ReportOutput.refuseOverwriting(out, List.of(analysisFile));
        try (Progress progress = report.progress(List.of(analysisFile), renderer, 2)) {
            progress.stage("reading the analysis");
            Analysis analysis = read(analysisFile);
            progress.stage("writing the " + renderer.format() + " report");
            report.write(spec, renderer, analysis);
        }
        return AdvisorCli.OK;
    }

    /** The saved analysis; anything else (missing, a folder, not JSON, another schema) is one line and exit 2. */
    static Analysis read(Path file) {
        String json;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file + ": not a regular file; name an analysis saved with --format json");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file + ": larger than " + (MAX_BYTES >> 20) + " MiB; not a saved analysis");
            }
            json = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not UTF-8 text; name an analysis saved with --format json");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + ReportOutput.reason(e));
        }
        Analysis a;
        try {
            a = AnalysisJson.read(json);
        } catch (RuntimeException e) {
            throw new InputException(file + ": not a saved analysis (" + AdvisorCli.firstLine(
                    String.valueOf(e.getMessage())) + ")");
        }
        if (a == null || a.schemaVersion() != Analysis.SCHEMA_VERSION || a.target() == null || a.inputs() == null
                || a.recommendations() == null || a.findings() == null) {
            throw new InputException(file + ": not a saved analysis of schemaVersion " + Analysis.SCHEMA_VERSION
                    + " (needs schemaVersion, target, inputs, recommendations and findings)");
        }
        return a;
    }
}
