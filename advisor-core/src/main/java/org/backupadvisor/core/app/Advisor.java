package org.backupadvisor.core.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.function.Supplier;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.analysis.Analyzer;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.InputLoader;
import org.backupadvisor.core.input.ReadBudget;
import org.backupadvisor.core.spi.PluginRegistry;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.render.Hints;
import org.backupadvisor.core.render.JsonRenderer;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;
import org.backupadvisor.core.render.TextRenderer;

/**
 * The one entry point every front end uses (the CLI now, the REST service later): analyse, the rule catalogue with
 * each rule's documentation, the plugins, and a renderer by format. Front ends parse their own arguments and word
 * their own hints; nothing else is wired twice. Rules and plugins are loaded on first use and shared; thread-safe.
 */
public final class Advisor {
    private final ClassLoader loader;
    private final String version;
    private final Clock clock;
    private final Supplier<String> ids;
    private volatile PluginRegistry plugins;
    private volatile RuleEngine rules;

    private Advisor(ClassLoader loader, String version, Clock clock, Supplier<String> ids) {
        this.loader = loader;
        this.version = version;
        this.clock = clock;
        this.ids = ids;
    }

    /** Plugins (ServiceLoader) and precompiled rules found on {@code loader}. */
    public static Advisor fromClasspath(ClassLoader loader, String version) {
        return new Advisor(loader, version, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    /** As {@link #fromClasspath}, with the clock and the analysis id source given (persistence, deterministic tests). */
    public static Advisor fromClasspath(ClassLoader loader, String version, Clock clock, Supplier<String> ids) {
        return new Advisor(loader, version, clock, ids);
    }

    public String version() {
        return version;
    }

    public Analysis analyze(AnalysisRequest request) {
        // The rule base is asked for once the exports are read: the CLI builds it on a second thread meanwhile.
        return new Analyzer(registry(), this::rules, version, clock, ids).analyze(request);
    }

    /**
     * Builds ahead the rules network an analysis of these exports will fire, for the products their files are detected
     * as (read, not parsed): for a front end that knows its inputs before it has finished reading its own arguments
     * (the CLI's warm-up thread). The analysis detects again and builds whatever this did not; unreadable or unclaimed
     * inputs are left for it to report.
     */
    public void prepareFor(List<java.nio.file.Path> paths) {
        java.util.Set<String> products = new java.util.TreeSet<>();
        try (ReadBudget budget = ReadBudget.open(ReadBudget.MAX_VALUES)) {
            for (InputFile f : InputLoader.load(paths)) {
                registry().find(f).ifPresent(c -> products.add(c.plugin().id()));
            }
        }
        if (!products.isEmpty()) {
            rules().prepare(products);
        }
    }

    public List<ProductPlugin> plugins() {
        return registry().plugins();
    }

    public PluginRegistry registry() {
        PluginRegistry p = plugins;
        if (p == null) {
            synchronized (this) {
                if (plugins == null) {
                    plugins = PluginRegistry.load(loader);
                }
                p = plugins;
            }
        }
        return p;
    }

    public RuleEngine rules() {
        RuleEngine r = rules;
        if (r == null) {
            synchronized (this) {
                if (rules == null) {
                    rules = RuleEngine.fromClasspath(loader);
                }
                r = rules;
            }
        }
        return r;
    }

    /** The rule catalogue, by id; {@code product} null for every product. */
    public List<RuleMeta> catalogue(String product) {
        return rules().catalog().values().stream().filter(r -> product == null || product.equals(r.product())).toList();
    }

    public Optional<RuleMeta> rule(String id) {
        return Optional.ofNullable(rules().catalog().get(id));
    }

    /** A rule's documentation page ({@code rules/<product>/<ID>.md}); empty when the rule ships none. */
    public Optional<String> doc(RuleMeta rule) {
        try (InputStream in = loader.getResourceAsStream(docPath(rule))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("rule page " + docPath(rule) + " is unreadable", e);
        }
    }

    /** Where a rule's page lives on the class path (and under rules/src/main/resources). */
    public static String docPath(RuleMeta rule) {
        return "rules/" + rule.product() + "/" + rule.id() + ".md";
    }

    /** The formats {@link #renderer} knows: text and json, then those of renderer modules on the class path. */
    public List<String> formats() {
        return List.copyOf(renderers().keySet());
    }

    /** The renderer for {@code format}, hints worded by the calling front end; empty for an unknown format. */
    public Optional<Renderer> renderer(String format, Hints hints) {
        return renderer(format, ReportOptions.of(hints));
    }

    /**
     * The renderer for {@code format} with the front end's hints and the report header; empty for an unknown format.
     * Text and json are answered without looking further, so their start-up never loads a report module.
     */
    public Optional<Renderer> renderer(String format, ReportOptions options) {
        Renderer builtIn = builtIn(format);
        Renderer r = builtIn != null ? builtIn : renderers().get(format);
        return Optional.ofNullable(r).map(x -> x.with(options));
    }

    private static Renderer builtIn(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            default -> null;
        };
    }

    /** Built-ins first; a module's renderer never replaces one, and the first of two modules naming a format wins. */
    private Map<String, Renderer> renderers() {
        Map<String, Renderer> out = new LinkedHashMap<>();
        for (String f : List.of("text", "json")) {
            out.put(f, builtIn(f));
        }
        for (Renderer r : ServiceLoader.load(Renderer.class, loader)) {
            out.putIfAbsent(r.format(), r);
        }
        return out;
    }
}
