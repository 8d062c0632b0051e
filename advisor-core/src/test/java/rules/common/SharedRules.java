package rules.common;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestRules;
import org.drools.model.impl.ModelImpl;

/** The package of rules for several products, for RuleEnginePackagesTest: one commvault and one netbackup rule. */
public class SharedRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public SharedRules() {
        INSTANCES.incrementAndGet();
        addRule(TestRules.matchingAnything("rules.common", "SH-T1", "commvault"));
        addRule(TestRules.matchingAnything("rules.common", "SH-T2", "netbackup"));
    }
}
