package org.backupadvisor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.model.wan.WanModel;
import org.backupadvisor.core.model.wan.WanRequest;
import org.backupadvisor.core.units.DataRate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code advisor wan estimate}: how long a transfer takes over a WAN link (DESIGN.md §4; the core's {@link WanModel},
 * the options read by {@link WanRequest} as {@code POST /api/v1/wan/estimate} reads its body).
 */
@Command(name = "wan", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
        description = "WAN link estimates.", subcommands = {WanCommand.Estimate.class})
final class WanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: estimate");
    }

    @Command(name = "estimate", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
            description = "Time to move SIZE over a link with RTT, loss and bandwidth: per connection min(window/RTT, "
                    + "PFTK loss-limited rate with delayed ACKs and RTO = RTT + 200 ms), times streams, capped by the "
                    + "link, plus a fixed overhead. Validated up to 200 ms RTT (seed 001 WAN table).")
    static final class Estimate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--size", required = true, description = "Bytes that cross the link, e.g. 232MB, 50TB.")
        String size;

        @Option(names = "--rtt", required = true, description = "Round-trip time, e.g. 50ms.")
        String rtt;

        @Option(names = "--loss", defaultValue = "0", description = "Packet loss in percent, e.g. 1 or 0.1% (default 0).")
        String loss;

        @Option(names = "--window", defaultValue = WanRequest.DEFAULT_WINDOW,
                description = "Bytes a connection has in flight per round trip (default ${DEFAULT-VALUE}).")
        String window;

        @Option(names = "--bandwidth",
                description = "Link line rate, e.g. 1Gbit/s, 1Mbit/s, 100mb/s (default: no link cap).")
        String bandwidth;

        @Option(names = "--streams", defaultValue = "1", description = "Parallel connections (default 1).")
        String streams;

        @Option(names = "--overhead", description = "Fixed time per job besides moving data, e.g. 11s (default 0).")
        String overhead;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format '" + format
                        + "' is not supported; use text or json");
            }
            WanRequest.Result e;
            try {
                e = new WanRequest(size, rtt, loss, window, bandwidth, streams, overhead).estimate("--");
            } catch (InputException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(AnalysisJson.write(e));
            } else {
                out.printf(Locale.ROOT, "Time        %.0f s (%s)%n", e.seconds(),
                        org.backupadvisor.core.units.Durations.format(Duration.ofMillis(Math.round(e.seconds() * 1000))));
                out.println("Rate        " + DataRate.ofBytesPerSecond(e.bytesPerSecond()) + String.format(Locale.ROOT,
                        " (%.2f Mbit/s)", e.bytesPerSecond() * 8 / 1e6));
                out.println("Limited by  " + e.limitedBy());
                if (!e.validated()) {
                    out.println("Range       outside the validated range (RTT above 200 ms): a lower bound");
                }
                e.derivation().forEach(d -> out.println("  " + d));
            }
            out.flush();
            return AdvisorCli.OK;
        }
    }
}
