package org.backupadvisor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules kjar's packages are built on demand, a package's name saying its product: an analysis builds the packages
 * of the products it has and rules.common, and a package that holds another product's rules is refused.
 */
class RuleEnginePackagesTest {

    /** A class loader whose rules kjar lists these executable-model classes (the test classes in rules.*). */
    private static ClassLoader kjarListing(String... modelClasses) {
        byte[] list = ("Drools-Model-Version:10.2.0\n" + String.join("\n", modelClasses) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        return new ClassLoader(RuleEnginePackagesTest.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals(RuleEngine.RULES_MODEL_LIST) ? new ByteArrayInputStream(list)
                        : super.getResourceAsStream(name);
            }
        };
    }

    @Test
    void anAnalysisBuildsThePackagesOfItsProductsAndTheSharedOneOnly() {
        RuleEngine engine = RuleEngine.fromClasspath(kjarListing("rules.commvault.CommvaultRules",
                "rules.netbackup.NetbackupRules", "rules.common.SharedRules"));
        int commvault = rules.commvault.CommvaultRules.INSTANCES.get();
        int netbackup = rules.netbackup.NetbackupRules.INSTANCES.get();
        int shared = rules.common.SharedRules.INSTANCES.get();

        engine.prepare(Set.of("netbackup"));   // what an analysis of NetBackup exports builds

        assertThat(rules.netbackup.NetbackupRules.INSTANCES.get()).isEqualTo(netbackup + 1);
        assertThat(rules.common.SharedRules.INSTANCES.get()).isEqualTo(shared + 1);
        assertThat(rules.commvault.CommvaultRules.INSTANCES.get()).as("commvault's package, not needed").isEqualTo(commvault);
        // The catalogue lists every package's rules: only now is commvault's built.
        assertThat(engine.catalog()).containsOnlyKeys("CV-T1", "NB-T1", "SH-T1", "SH-T2");
        assertThat(rules.commvault.CommvaultRules.INSTANCES.get()).isEqualTo(commvault + 1);
    }

    @Test
    void aPackageHoldingAnotherProductsRulesIsRefused() {
        RuleEngine engine = RuleEngine.fromClasspath(kjarListing("rules.avamar.MislabelledRules"));
        assertThatThrownBy(engine::catalog).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule package rules.avamar holds rules of product commvault")
                .hasMessageContaining("rules.common");
    }
}
