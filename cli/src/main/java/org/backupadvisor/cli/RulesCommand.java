package org.backupadvisor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
        description = "The rule catalogue.", subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class})
final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list or show ID");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
            description = "List every rule: id, product, severity, title, source, versions.")
    static final class ListRules implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--product", description = "Only this product's rules, e.g. commvault.")
        String product;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<RuleMeta> rules = Engine.advisor().catalogue(product);
            if (format.equals("json")) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (RuleMeta r : rules) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.id());
                    row.put("product", r.product());
                    row.put("severity", r.severity().name().toLowerCase(Locale.ROOT));
                    row.put("title", r.title());
                    row.put("source", r.source());
                    row.put("versions", r.versions());
                    rows.add(row);
                }
                out.println(AnalysisJson.write(rows));
            } else if (format.equals("text")) {
                for (RuleMeta r : rules) {
                    out.printf(Locale.ROOT, "%-32s %-10s %-8s %s%n", r.id(), r.product(),
                            r.severity().name().toLowerCase(Locale.ROOT), r.title());
                }
                out.println(rules.size() + " rule(s)");
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format '" + format
                        + "' is not supported; use text or json");
            }
            out.flush();
            return AdvisorCli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
            description = "Show one rule: metadata and its documentation.")
    static final class ShowRule implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Rule id, e.g. CV-SUBCLIENT-DATA-READERS.")
        String id;

        @Override
        public Integer call() {
            RuleMeta r = Engine.advisor().rule(id).orElseThrow(
                    () -> new InputException("unknown rule '" + id + "'; 'advisor rules list' shows the ids"));
            PrintWriter out = spec.commandLine().getOut();
            out.println(r.id() + " — " + r.title());
            out.println("product:  " + r.product() + " (" + r.versions() + ")");
            out.println("severity: " + r.severity().name().toLowerCase(Locale.ROOT));
            out.println("applies:  " + r.target());
            out.println("source:   " + r.source());
            out.println("risk:     " + r.risk());
            Engine.advisor().doc(r).ifPresent(doc -> {
                out.println();
                out.print(doc);
            });
            out.flush();
            return AdvisorCli.OK;
        }
    }
}
