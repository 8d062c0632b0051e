package org.backupadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.UsageException;
import org.backupadvisor.core.units.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code advisor}: the command-line entry point. Exit codes (DESIGN.md §4): 0 analysed, 1 --fail-on threshold
 * reached, 2 bad input or usage (one line on stderr), 3 internal error. The root command's model is built in code,
 * as analyze's is (see {@link AnalyzeCommand}); subcommands are added in run(): only the one the command line names,
 * when it names one.
 */
public final class AdvisorCli implements Runnable {
    public static final int OK = 0;
    public static final int FAIL_ON = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: analyze, report, rules, plugins or wan");
    }

    public static void main(String[] args) {
        Engine.warmUp(java.util.List.of(args));
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Inputs are bounded so this should not happen; if it does, one line and exit 3, never a trace.
            err.println("advisor: internal error: " + e.getClass().getSimpleName() + ": the input needs more "
                    + (e instanceof OutOfMemoryError ? "memory than this run's heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (raise it: ADVISOR_JAVA_OPTS=-Xmx2g)"
                    : "depth than this run has") + " (set ADVISOR_DEBUG=1 for details)");
            if (System.getenv("ADVISOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            code = INTERNAL;
        } catch (RuntimeException | LinkageError e) {
            // Failures outside command execution (a broken installation, a class missing from lib/): still one line.
            err.println("advisor: internal error: " + e.getClass().getSimpleName() + ": "
                    + firstLine(String.valueOf(e.getMessage())) + " (set ADVISOR_DEBUG=1 for the stack trace)");
            if (System.getenv("ADVISOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<CommandLine>> COMMANDS = commands();

    private static Map<String, Supplier<CommandLine>> commands() {
        Map<String, Supplier<CommandLine>> c = new LinkedHashMap<>();
        // Lambdas, not method references: a reference loads its class when linked, a lambda when called.
        c.put("analyze", () -> AnalyzeCommand.commandLine());
        c.put("report", () -> ReportCommand.commandLine());
        c.put("rules", () -> new CommandLine(new RulesCommand()));
        c.put("plugins", () -> new CommandLine(new PluginsCommand()));
        c.put("wan", () -> new CommandLine(new WanCommand()));
        c.put("help", () -> new CommandLine(new CommandLine.HelpCommand()));
        return c;
    }

    /** The root command: a description, help and version, and a usage error when no command is named. */
    private static CommandLine root() {
        AdvisorCli root = new AdvisorCli();
        root.spec = CommandSpec.wrapWithoutInspection(root).name("advisor").versionProvider(new Version());
        root.spec.usageMessage().description("Tuning advisor for backup software: exports + measurements + a target in, "
                + "a ranked, quantified plan out.");
        addHelpOptions(root.spec);
        return new CommandLine(root.spec);
    }

    /** -h/--help and -V/--version, worded as picocli's standard help options. */
    static void addHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** Runs the CLI with the given streams; used by main and by tests (same code path). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = root();
        // picocli reflects over every annotated command before parsing: a command line that names its command gets
        // that one; help, usage errors and no command get them all.
        String named = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(named) && !named.equals("help")) {
            cl.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        // No @file argument expansion: "@/dev/zero" would spin and "@notes.txt" would silently become arguments.
        cl.setExpandAtFiles(false);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("advisor: " + firstLine(ex.getMessage()) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                // Worded by the core for the command line: answered like picocli's own usage errors.
                err.println("advisor: " + firstLine(ex.getMessage()) + " (see '"
                        + commandLine.getCommandSpec().qualifiedName() + " --help')");
                return BAD_INPUT;
            }
            if (ex instanceof InputException) {
                err.println("advisor: " + firstLine(ex.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof AnalyzeCommand.OutputException) {
                err.println("advisor: " + firstLine(ex.getMessage()));
                return INTERNAL;
            }
            err.println("advisor: internal error: " + ex.getClass().getSimpleName() + ": " + firstLine(
                    String.valueOf(ex.getMessage())) + " (set ADVISOR_DEBUG=1 for the stack trace)");
            if (System.getenv("ADVISOR_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return INTERNAL;
        });
        return cl.execute(args);
    }

    /** The first line, control characters shown as \\uXXXX: names from exports must not forge or clear lines. */
    static String firstLine(String s) {
        return s == null ? "" : Texts.printable(s.lines().findFirst().orElse("").trim());
    }

    /**
     * The build's version, from a filtered resource beside this class: in a package, so the lookup goes straight to
     * the class path (a top-level resource is first looked for in every module of the JDK, ~8 ms at start-up).
     */
    static String version() {
        try (InputStream in = AdvisorCli.class.getResourceAsStream("advisor-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"backup-advisor " + version() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
