package org.backupadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.facts.Severity;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputLoader;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.MeasurementsFile;
import org.backupadvisor.core.measure.OptionStyle;
import org.backupadvisor.core.measure.Target;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code advisor analyze}. Its command model is built with picocli's programmatic API rather than read from
 * annotations: reading annotations makes the JDK generate a proxy class per annotation type, about a tenth of a
 * README run on the path to its first file read. The other commands, rarely timed, keep their annotations.
 */
final class AnalyzeCommand implements Callable<Integer> {
    private CommandSpec spec;

    /** NOT_FIRED rows: counted per rule by default ("notFired" in JSON), listed one by one with "all". */
    enum FindingsListing { counted, all }

    /** The command as picocli runs it: options, help and this object to call. */
    static CommandLine commandLine() {
        AnalyzeCommand command = new AnalyzeCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("analyze")
                .versionProvider(new AdvisorCli.Version());
        spec.usageMessage().width(100)
                .description("Analyse exports (files, folders or zips; a folder or zip is one environment) against a "
                        + "throughput target and print a ranked, quantified plan.")
                .footer("", "Measurement keys (values carry units):",
                        "  throughput.current, source.readPerStream, source.readAggregate,",
                        "  network.linkSpeed, network.rtt, network.loss, network.mtu,",
                        "  tape.drives, tape.driveWrite, target.sessions,",
                        "  replication.size, replication.duration, replication.window",
                        "Units are decimal (MB = 10^6 B); lower-case mb/s means megabits.",
                        "Exit codes: 0 analysed, 1 --fail-on reached, 2 bad input or usage, 3 internal error.");
        AdvisorCli.addHelpOptions(spec);
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("FILES").type(List.class)
                .auxiliaryTypes(Path.class).description("Export files, folders or zips.").build());
        spec.addOption(option("--target", "RATE", DataRate.class, new Converters.Rate(),
                "Required throughput, e.g. 173MB/s, 625GB/hr."));
        spec.addOption(option("--window", "DURATION", Duration.class, new Converters.Time(),
                "Backup window, e.g. 48h (with --size)."));
        spec.addOption(option("--size", "SIZE", DataSize.class, new Converters.Size(),
                "Data to move in the window, e.g. 30TB (with --window)."));
        spec.addOption(option("--measured", "RATE", String.class, null,
                "Throughput measured today, e.g. 290GB/hr (same as --measure throughput.current=RATE)."));
        spec.addOption(OptionSpec.builder("--measure").paramLabel("KEY=VALUE").type(List.class)
                .auxiliaryTypes(String.class).description("A measurement, repeatable: "
                        + "--measure tape.drives=2 --measure tape.driveWrite=120MB/s.").build());
        spec.addOption(option("--measurements", "FILE", Path.class, null, "JSON or YAML object of measurements."));
        ReportOutput.declare(spec);
        spec.addOption(option("--fail-on", "SEVERITY", Severity.class, new Converters.Sev(),
                "Exit 1 when a recommendation of this severity or worse is made: critical, high, medium, low, info."));
        spec.addOption(OptionSpec.builder("--findings").paramLabel("counted|all").type(FindingsListing.class)
                .defaultValue("counted").description("NOT_FIRED findings (objects a rule checked without firing): "
                        + "counted per rule (default) or listed one by one (all).").build());
        spec.addOption(option("--restore-target", "RATE", DataRate.class, new Converters.Rate(),
                "Required restore throughput, a goal of its own (e.g. 500MB/s)."));
        command.spec = spec;
        return new CommandLine(spec);
    }

    private static OptionSpec option(String name, String label, Class<?> type, CommandLine.ITypeConverter<?> converter,
                                     String description) {
        OptionSpec.Builder b = OptionSpec.builder(name).paramLabel(label).type(type).description(description);
        return (converter == null ? b : b.converters(converter)).build();
    }

    /** The value the command line gave an option (its default, or null, when it gave none). */
    private <T> T value(String option) {
        return spec.findOption(option).getValue();
    }

    @Override
    public Integer call() {
        ReportOutput report = ReportOutput.of(spec);
        List<Path> files = spec.positionalParameters().get(0).getValue();
        Renderer renderer = report.renderer(spec);
        Measurements m = measurements();
        Target goal = target(m);
        DataRate restoreTarget = value("--restore-target");
        Target restore = restoreTarget == null ? null : new Target(restoreTarget, "--restore-target " + restoreTarget);
        Path out = report.target();
        Analysis analysis;
        try (Progress progress = report.progress(files, renderer, 3)) {
            progress.stage("reading exports");
            InputLoader.Loaded loaded = InputLoader.loadWithNotes(files);
            refuseOverwritingAnInput(out, loaded.files());
            progress.stage("analysing");
            AnalysisRequest request = new AnalysisRequest(loaded.files(), goal, m, restore, loaded.notes());
            analysis = Engine.advisor().analyze(value("--findings") == FindingsListing.all
                    ? request.withNotFiredListed() : request);
            progress.stage("writing the " + renderer.format() + " report");
            report.write(spec, renderer, analysis);
        }
        Severity failOn = value("--fail-on");
        if (failOn != null && analysis.recommendations().stream()
                .anyMatch(r -> Severity.parse(r.severity()).atLeast(failOn))) {
            return AdvisorCli.FAIL_ON;
        }
        return AdvisorCli.OK;
    }

    /**
     * The backup goal; none is fine when another phase's goal is given (restore, or replication size + window). A
     * replication window alone is enough here: the size may come from the exports' job history (Avamar's mccli
     * activity); when it does not, the analysis refuses with "no goal".
     */
    private Target target(Measurements m) {
        DataRate target = value("--target");
        return Target.backupGoal(target, target == null ? null : target.toString(), value("--size"), value("--window"),
                value("--restore-target") != null, m, OptionStyle.CLI);
    }

    private Measurements measurements() {
        Measurements.Builder b = Measurements.builder();
        Path measurementsFile = value("--measurements");
        if (measurementsFile != null) {
            MeasurementsFile.read(measurementsFile, b);
        }
        List<String> measures = value("--measure");
        if (measures != null) {
            measures.forEach(kv -> b.parseAssignment(kv, OptionStyle.CLI));
        }
        String measured = value("--measured");
        if (measured != null) {
            b.parseMeasured(measured, OptionStyle.CLI);
        }
        return b.build();
    }

    /** A report written over one of the exports it analysed would lose that export: refuse before analysing. */
    private static void refuseOverwritingAnInput(Path report, List<org.backupadvisor.core.input.InputFile> inputs) {
        if (report == null || !Files.exists(report)) {
            return;
        }
        for (org.backupadvisor.core.input.InputFile f : inputs) {
            try {
                Path p = Path.of(f.name().replaceFirst("!/.*$", ""));
                if (Files.exists(p) && Files.isSameFile(p, report)) {
                    throw new InputException(report + ": --output names one of the inputs; write the report elsewhere");
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // Not a file on disk (an upload name): it cannot be the report file.
            }
        }
    }

    /** The report could not be written: exit 3 with one line (the analysis itself was fine). */
    static final class OutputException extends RuntimeException {
        OutputException(String message) {
            super(message);
        }
    }
}
