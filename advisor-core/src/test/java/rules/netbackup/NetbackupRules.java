package rules.netbackup;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestObject;
import org.drools.model.Declaration;
import org.drools.model.impl.ModelImpl;

/** An executable-model package for RuleEnginePackagesTest: one rule of product netbackup, counting its instances. */
public class NetbackupRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public NetbackupRules() {
        INSTANCES.incrementAndGet();
        Declaration<TestObject> o = declarationOf(TestObject.class);
        addRule(rule("rules.netbackup", "NB-T1").metadata("id", "NB-T1").metadata("title", "NB-T1")
                .metadata("product", "netbackup").build(pattern(o), on(o).execute(x -> { })));
    }
}
