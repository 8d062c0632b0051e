package org.backupadvisor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.model.wan.WanModel;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code advisor wan estimate}: how long a transfer takes over a WAN link (DESIGN.md §4; the core's {@link WanModel}). */
@Command(name = "wan", mixinStandardHelpOptions = true, versionProvider = AdvisorCli.Version.class,
        description = "WAN link estimates.", subcommands = {WanCommand.Estimate.class})
final class WanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: estimate");
    }

    @Command(name = "estimate", mixinStandardHelpOptions = true, versionProvider = AdvisorCli.Version.class,
            description = "Time to move SIZE over a link with RTT, loss and bandwidth: per connection min(window/RTT, "
                    + "PFTK loss-limited rate with delayed ACKs and RTO = RTT + 200 ms), times streams, capped by the "
                    + "link, plus a fixed overhead. Validated up to 200 ms RTT (seed 001 WAN table).")
    static final class Estimate implements Callable<Integer> {
        /** A classic TCP receive window without window scaling, when none is given. */
        static final String DEFAULT_WINDOW = "64KiB";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--size", required = true, converter = Converters.Size.class,
                description = "Bytes that cross the link, e.g. 232MB, 50TB.")
        DataSize size;

        @Option(names = "--rtt", required = true, converter = Converters.Time.class,
                description = "Round-trip time, e.g. 50ms.")
        Duration rtt;

        @Option(names = "--loss", defaultValue = "0", description = "Packet loss in percent, e.g. 1 or 0.1% (default 0).")
        String loss;

        @Option(names = "--window", defaultValue = DEFAULT_WINDOW, converter = Converters.Size.class,
                description = "Bytes a connection has in flight per round trip (default ${DEFAULT-VALUE}).")
        DataSize window;

        @Option(names = "--bandwidth", converter = Converters.Rate.class,
                description = "Link line rate, e.g. 1Gbit/s, 1Mbit/s, 100mb/s (default: no link cap).")
        DataRate bandwidth;

        @Option(names = "--streams", defaultValue = "1", description = "Parallel connections (default 1).")
        int streams;

        @Option(names = "--overhead", converter = Converters.Time.class,
                description = "Fixed time per job besides moving data, e.g. 11s (default 0).")
        Duration overhead;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format '" + format
                        + "' is not supported; use text or json");
            }
            WanModel.Estimate e;
            try {
                e = WanModel.estimate(new WanModel.Input(size.bytes(), rtt.toNanos() / 1e9, percent(loss),
                        window.bytes(), bandwidth == null ? null : bandwidth.bytesPerSecond(), streams,
                        overhead == null ? 0 : overhead.toNanos() / 1e9));
            } catch (IllegalArgumentException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seconds", e.seconds());
                row.put("bytesPerSecond", e.bytesPerSecond());
                row.put("limitedBy", e.limitedBy().id());
                row.put("perConnectionBytesPerSecond", e.perConnectionBytesPerSecond());
                row.put("streams", streams);
                row.put("validated", e.validated());
                row.put("derivation", e.derivation());
                out.println(AnalysisJson.write(row));
            } else {
                out.printf(Locale.ROOT, "Time        %.0f s (%s)%n", e.seconds(),
                        org.backupadvisor.core.units.Durations.format(Duration.ofMillis(Math.round(e.seconds() * 1000))));
                out.println("Rate        " + DataRate.ofBytesPerSecond(e.bytesPerSecond()) + String.format(Locale.ROOT,
                        " (%.2f Mbit/s)", e.bytesPerSecond() * 8 / 1e6));
                out.println("Limited by  " + e.limitedBy().id());
                if (!e.validated()) {
                    out.println("Range       outside the validated range (RTT above 200 ms): a lower bound");
                }
                e.derivation().forEach(d -> out.println("  " + d));
            }
            out.flush();
            return AdvisorCli.OK;
        }

        /** "1", "1%", "0.1 %": a percentage in [0, 100). */
        private double percent(String text) {
            String t = text.trim();
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1).trim();
            }
            try {
                if (!t.matches("[0-9]+(\\.[0-9]+)?")) {
                    throw new NumberFormatException();
                }
                double p = Double.parseDouble(t);
                if (p >= 100) {
                    throw new InputException("--loss '" + text + "' must be below 100 %");
                }
                return p / 100;
            } catch (NumberFormatException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--loss '" + text
                        + "' is not a percentage: expected e.g. 1 or 0.1%");
            }
        }
    }
}
