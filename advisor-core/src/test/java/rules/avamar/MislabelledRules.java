package rules.avamar;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestRules;
import org.drools.model.impl.ModelImpl;

/** An executable-model package for RuleEnginePackagesTest: one rule of product commvault, counting its instances. */
public class MislabelledRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public MislabelledRules() {
        INSTANCES.incrementAndGet();
        addRule(TestRules.matchingAnything("rules.avamar", "AV-T1", "commvault"));
    }
}
