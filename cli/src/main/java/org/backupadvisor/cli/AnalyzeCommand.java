package org.backupadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
        description = "Analyse exports (files, folders or zips; a folder or zip is one environment) against a "
                + "throughput target and print a ranked, quantified plan.",
        footer = {"", "Measurement keys (values carry units):",
                "  throughput.current, source.readPerStream, source.readAggregate,",
                "  network.linkSpeed, network.rtt, network.loss, network.mtu,",
                "  tape.drives, tape.driveWrite, target.sessions,",
                "  replication.size, replication.duration, replication.window",
                "Units are decimal (MB = 10^6 B); lower-case mb/s means megabits.",
                "Exit codes: 0 analysed, 1 --fail-on reached, 2 bad input or usage, 3 internal error."},
        usageHelpWidth = 100)
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILES", description = "Export files, folders or zips.")
    List<Path> files;

    @Option(names = "--target", paramLabel = "RATE", converter = Converters.Rate.class,
            description = "Required throughput, e.g. 173MB/s, 625GB/hr.")
    DataRate target;

    @Option(names = "--window", paramLabel = "DURATION", converter = Converters.Time.class,
            description = "Backup window, e.g. 48h (with --size).")
    Duration window;

    @Option(names = "--size", paramLabel = "SIZE", converter = Converters.Size.class,
            description = "Data to move in the window, e.g. 30TB (with --window).")
    DataSize size;

    @Option(names = "--measured", paramLabel = "RATE",
            description = "Throughput measured today, e.g. 290GB/hr (same as --measure throughput.current=RATE).")
    String measured;

    @Option(names = "--measure", paramLabel = "KEY=VALUE", description = "A measurement, repeatable: "
            + "--measure tape.drives=2 --measure tape.driveWrite=120MB/s.")
    List<String> measures = new ArrayList<>();

    @Option(names = "--measurements", paramLabel = "FILE", description = "JSON or YAML object of measurements.")
    Path measurementsFile;

    @CommandLine.Mixin
    ReportOutput report;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = Converters.Sev.class,
            description = "Exit 1 when a recommendation of this severity or worse is made: critical, high, medium, low, info.")
    Severity failOn;

    /** NOT_FIRED rows: counted per rule by default ("notFired" in JSON), listed one by one with "all". */
    enum FindingsListing { counted, all }

    @Option(names = "--findings", paramLabel = "counted|all", defaultValue = "counted",
            description = "NOT_FIRED findings (objects a rule checked without firing): counted per rule (default) "
                    + "or listed one by one (all).")
    FindingsListing findingsListing;

    @Option(names = "--restore-target", paramLabel = "RATE", converter = Converters.Rate.class,
            description = "Required restore throughput, a goal of its own (e.g. 500MB/s).")
    DataRate restoreTarget;

    @Override
    public Integer call() {
        Renderer renderer = report.renderer(spec);
        Measurements m = measurements();
        Target goal = target(m);
        Target restore = restoreTarget == null ? null : new Target(restoreTarget, "--restore-target " + restoreTarget);
        Path out = report.target();
        Analysis analysis;
        try (Progress progress = report.progress(files, renderer, 3)) {
            progress.stage("reading exports");
            InputLoader.Loaded loaded = InputLoader.loadWithNotes(files);
            refuseOverwritingAnInput(out, loaded.files());
            progress.stage("analysing");
            AnalysisRequest request = new AnalysisRequest(loaded.files(), goal, m, restore, loaded.notes());
            analysis = Engine.advisor().analyze(findingsListing == FindingsListing.all ? request.withNotFiredListed() : request);
            progress.stage("writing the " + renderer.format() + " report");
            report.write(spec, renderer, analysis);
        }
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
        return Target.backupGoal(target, target == null ? null : target.toString(), size, window, restoreTarget != null,
                m, OptionStyle.CLI);
    }

    private Measurements measurements() {
        Measurements.Builder b = Measurements.builder();
        if (measurementsFile != null) {
            MeasurementsFile.read(measurementsFile, b);
        }
        measures.forEach(kv -> b.parseAssignment(kv, OptionStyle.CLI));
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
