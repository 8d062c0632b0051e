package rules.commvault;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestRules;
import org.drools.model.impl.ModelImpl;

/** An executable-model package for RuleEnginePackagesTest: one rule of product commvault, counting its instances. */
public class CommvaultRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public CommvaultRules() {
        INSTANCES.incrementAndGet();
        addRule(TestRules.matchingAnything("rules.commvault", "CV-T1", "commvault"));
    }
}
