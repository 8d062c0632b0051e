package org.backupadvisor.core.engine;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import org.drools.model.Declaration;
import org.drools.model.Rule;

/** Rules for the executable-model packages of RuleEnginePackagesTest (test classes in rules.*). */
public final class TestRules {
    private TestRules() {
    }

    /** A rule of {@code product} in {@code pkg} that matches any {@link TestObject} and does nothing. */
    public static Rule matchingAnything(String pkg, String id, String product) {
        Declaration<TestObject> o = declarationOf(TestObject.class);
        return rule(pkg, id).metadata("id", id).metadata("title", id).metadata("product", product)
                .build(pattern(o), on(o).execute(x -> { }));
    }
}
