package rules.commvault;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestObject;
import org.drools.model.Declaration;
import org.drools.model.impl.ModelImpl;

/** An executable-model package for RuleEnginePackagesTest: one rule of product commvault, counting its instances. */
public class CommvaultRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public CommvaultRules() {
        INSTANCES.incrementAndGet();
        Declaration<TestObject> o = declarationOf(TestObject.class);
        addRule(rule("rules.commvault", "CV-T1").metadata("id", "CV-T1").metadata("title", "CV-T1")
                .metadata("product", "commvault").build(pattern(o), on(o).execute(x -> { })));
    }
}
