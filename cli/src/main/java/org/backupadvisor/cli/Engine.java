package org.backupadvisor.cli;

import org.backupadvisor.core.analysis.Analyzer;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.spi.PluginRegistry;

/** Plugins and rules, loaded once per process from the class path. */
final class Engine {
    private static RuleEngine rules;
    private static PluginRegistry plugins;

    private Engine() {
    }

    static synchronized RuleEngine rules() {
        if (rules == null) {
            rules = RuleEngine.fromClasspath(Engine.class.getClassLoader());
        }
        return rules;
    }

    static synchronized PluginRegistry plugins() {
        if (plugins == null) {
            plugins = PluginRegistry.load(Engine.class.getClassLoader());
        }
        return plugins;
    }

    static Analyzer analyzer() {
        return new Analyzer(plugins(), rules(), AdvisorCli.version());
    }
}
