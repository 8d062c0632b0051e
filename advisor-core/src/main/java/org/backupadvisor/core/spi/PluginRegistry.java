package org.backupadvisor.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.FileKinds;
import org.backupadvisor.core.input.InputFile;

/** The plugins on the class path (ServiceLoader) and file detection across them. */
public final class PluginRegistry {
    private final List<ProductPlugin> plugins;

    public PluginRegistry(List<ProductPlugin> plugins) {
        this.plugins = List.copyOf(plugins);
    }

    public static PluginRegistry load(ClassLoader cl) {
        List<ProductPlugin> found = new ArrayList<>();
        ServiceLoader.load(ProductPlugin.class, cl).forEach(found::add);
        found.sort(Comparator.comparing(ProductPlugin::id));
        return new PluginRegistry(found);
    }

    public List<ProductPlugin> plugins() {
        return plugins;
    }

    public Optional<ProductPlugin> byId(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The plugin that claims {@code file} most strongly. An unknown file is an error listing the accepted formats; two
     * plugins claiming it equally strongly is an error naming both (never a silent pick by name).
     */
    public Claim claim(InputFile file) {
        return find(file).orElseThrow(() -> notAnExport(file));
    }

    /** The claim on {@code file}, or empty when no plugin reads it; a tie is still an error naming both plugins. */
    public Optional<Claim> find(InputFile file) {
        ProductPlugin best = null;
        Detection bestD = null;
        ProductPlugin tied = null;
        for (ProductPlugin p : plugins) {
            Optional<Detection> d = p.detect(file);
            if (d.isEmpty()) {
                continue;
            }
            if (bestD == null || d.get().score() > bestD.score()) {
                best = p;
                bestD = d.get();
                tied = null;
            } else if (d.get().score() == bestD.score()) {
                tied = p;
            }
        }
        if (tied != null) {
            throw new InputException(file.name() + ": both " + best.id() + " (" + bestD.format() + ") and " + tied.id()
                    + " read this file equally well; pass it in a folder of its own product or report the ambiguity");
        }
        return best == null ? Optional.empty() : Optional.of(new Claim(best, bestD));
    }

    /**
     * What a file no plugin reads is: a plugin's own word for it (a vendor error response), else a generic one (an
     * empty file, a curl -i capture, a shallow PowerShell export), else "not an export any plugin reads".
     */
    public String whatItIs(InputFile file) {
        for (ProductPlugin p : plugins) {
            Optional<String> said = p.explain(file);
            if (said.isPresent()) {
                return said.get();
            }
        }
        return FileKinds.describe(file).orElse("not an export any plugin reads");
    }

    /** "x: not a recognised export (accepted: commvault: ...; platform: ...)". */
    public InputException notAnExport(InputFile file) {
        Optional<String> known = plugins.stream().map(p -> p.explain(file)).flatMap(Optional::stream).findFirst()
                .or(() -> FileKinds.describe(file));
        if (known.isPresent()) {
            return new InputException(file.name() + ": " + known.get() + "; not an export");
        }
        StringBuilder accepted = new StringBuilder();
        for (ProductPlugin p : plugins) {
            accepted.append(accepted.length() == 0 ? "" : "; ").append(p.id()).append(": ")
                    .append(String.join(", ", p.formats()));
        }
        return new InputException(file.name() + ": not a recognised export (accepted: "
                + (accepted.length() == 0 ? "no plugins installed" : accepted) + ")");
    }

    public record Claim(ProductPlugin plugin, Detection detection) {
    }
}
