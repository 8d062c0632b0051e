package org.backupadvisor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.backupadvisor.core.spi.ProductPlugin;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "plugins", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = AdvisorCli.Version.class,
        description = "List the product plugins and the export formats each reads.")
final class PluginsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ProductPlugin p : Engine.advisor().plugins()) {
            long rules = Engine.advisor().catalogue(p.id()).size();
            out.println(p.id() + " — " + p.displayName() + " (" + rules + " rules)");
            p.formats().forEach(f -> out.println("    " + f));
        }
        out.flush();
        return AdvisorCli.OK;
    }
}
