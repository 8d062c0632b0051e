package rules.netbackup;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestRules;
import org.drools.model.impl.ModelImpl;

/** An executable-model package for RuleEnginePackagesTest: one rule of product netbackup, counting its instances. */
public class NetbackupRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public NetbackupRules() {
        INSTANCES.incrementAndGet();
        addRule(TestRules.matchingAnything("rules.netbackup", "NB-T1", "netbackup"));
    }
}
