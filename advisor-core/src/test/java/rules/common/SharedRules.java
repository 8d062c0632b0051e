package rules.common;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.concurrent.atomic.AtomicInteger;
import org.backupadvisor.core.engine.TestObject;
import org.drools.model.Declaration;
import org.drools.model.impl.ModelImpl;

/** The package of rules for several products, for RuleEnginePackagesTest: one commvault and one netbackup rule. */
public class SharedRules extends ModelImpl {
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public SharedRules() {
        INSTANCES.incrementAndGet();
        for (String[] r : new String[][]{{"SH-T1", "commvault"}, {"SH-T2", "netbackup"}}) {
            Declaration<TestObject> o = declarationOf(TestObject.class);
            addRule(rule("rules.common", r[0]).metadata("id", r[0]).metadata("title", r[0]).metadata("product", r[1])
                    .build(pattern(o), on(o).execute(x -> { })));
        }
    }
}
