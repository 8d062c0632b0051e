package org.backupadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.backupadvisor.core.engine.RuleEngine;
import org.backupadvisor.core.facts.RuleMeta;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The engine leaves out of a session the rule packages of products that brought no object (RuleEngine.networkFor):
 * that is only the same analysis if such a rule cannot fire. So every rule of a product's package must match, as a
 * positive pattern of its conditions (not under not/exists, not from an accumulate or a collection), an object whose
 * class is that product's (package org.backupadvisor.PRODUCT): without one in the facts, the rule has nothing to
 * match. A rule for several products belongs in a package of its own, which every analysis gets.
 */
class RuleScopeMetaTest {

    @Test
    void everyProductRuleMatchesAnObjectOfItsProduct() {
        Map<String, String> unscoped = new TreeMap<>();
        int checked = 0;
        for (KieBase kb : Rules.ENGINE.kieBases()) {
            for (KiePackage p : kb.getKiePackages()) {
                String product = RuleEngine.productOf(p.getRules().stream().map(r -> r.getMetaData().get("id")).toList(),
                        Rules.catalog());
                if (product == null) {
                    continue;   // served to every analysis: nothing to prove
                }
                for (Rule r : p.getRules()) {
                    Set<String> types = positiveTypes(((RuleImpl) r).getLhs());
                    if (types.stream().noneMatch(t -> t.startsWith("org.backupadvisor." + product + "."))) {
                        unscoped.put(p.getName() + "." + r.getName(), String.join(", ", types));
                    }
                    checked++;
                }
            }
        }
        assertThat(unscoped).as("product rules matching no object of their product (positive pattern types)").isEmpty();
        // Every rule id is a product's, so at least one DRL rule per id was checked (none was left unscoped).
        assertThat(checked).as("product rules checked").isGreaterThanOrEqualTo(Rules.catalog().size());
    }

    @Test
    void theCatalogReadFromTheModelIsTheOneTheRulesCarry() {
        // The catalogue comes from the executable model's metadata; the network built from it must carry the same.
        Map<String, RuleMeta> fromNetwork = new TreeMap<>();
        for (KieBase kb : Rules.ENGINE.kieBases()) {
            for (KiePackage p : kb.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    if (r.getMetaData().get("id") != null && r.getMetaData().get("title") != null) {
                        fromNetwork.put(String.valueOf(r.getMetaData().get("id")), RuleMeta.from(r.getMetaData()));
                    }
                }
            }
        }
        assertThat(Rules.catalog()).isEqualTo(fromNetwork);
    }

    /**
     * Class names of the patterns that must each match a fact for the rule to fire: a pattern read from working
     * memory (not from an accumulate or a collection); all of an 'and'; what every branch of an 'or' has; nothing
     * under not/exists.
     */
    private static Set<String> positiveTypes(RuleConditionElement e) {
        Set<String> out = new TreeSet<>();
        if (e instanceof Pattern pattern) {
            if (pattern.getSource() == null && pattern.getObjectType() instanceof ClassObjectType type) {
                out.add(type.getClassName());
            }
        } else if (e instanceof GroupElement g && g.isAnd()) {
            g.getChildren().forEach(c -> out.addAll(positiveTypes(c)));
        } else if (e instanceof GroupElement g && g.isOr() && !g.getChildren().isEmpty()) {
            out.addAll(positiveTypes(g.getChildren().get(0)));
            g.getChildren().forEach(c -> out.retainAll(positiveTypes(c)));
        }
        return out;
    }
}
