package org.backupadvisor.rules;

import java.util.Map;
import org.backupadvisor.core.analysis.Analyzer;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.spi.PluginRegistry;

/** The rules and plugins on the test class path, loaded once for all rule tests. */
final class Rules {
    static final RuleEngine ENGINE = RuleEngine.fromClasspath(Rules.class.getClassLoader());
    static final PluginRegistry PLUGINS = PluginRegistry.load(Rules.class.getClassLoader());

    private Rules() {
    }

    static Map<String, RuleMeta> catalog() {
        return ENGINE.catalog();
    }

    static Analyzer analyzer() {
        return analyzer(PLUGINS);
    }

    /** The analyzer over other plugins (e.g. wrapped ones), with the same rules. */
    static Analyzer analyzer(PluginRegistry plugins) {
        return new Analyzer(plugins, ENGINE, "test");
    }
}
