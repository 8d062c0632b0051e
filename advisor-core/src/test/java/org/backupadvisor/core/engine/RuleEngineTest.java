package org.backupadvisor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.RuleMeta;
import org.backupadvisor.core.facts.Severity;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private record Subclient(String objectId) implements ConfigObject {
        @Override
        public String product() {
            return "commvault";
        }

        @Override
        public String objectType() {
            return "subclient";
        }

        @Override
        public String origin() {
            return "sub.json";
        }
    }

    private static final Subclient SUB = new Subclient("lnxfs01/defaultBackupSet/data");

    private static Recommendation rec(String ruleId, Severity severity, Object recommended) {
        Recommendation r = new Recommendation(SUB, "numberOfBackupStreams", 2, recommended, "why " + ruleId);
        r.stamp(new RuleMeta(ruleId, "t", "commvault", severity, "Subclient", "11.20+", "src", "low"));
        return r;
    }

    private static List<Recommendation> sorted(Recommendation... recs) {
        List<Recommendation> l = new ArrayList<>(List.of(recs));
        l.sort(Recommendation.PRECEDENCE);
        return l;
    }

    @Test
    void moreSevereWinsOverALargerValue() {
        Recommendation mediumLarge = rec("CV-001", Severity.MEDIUM, 8);
        Recommendation highSmall = rec("CV-002", Severity.HIGH, 2);
        Recommendation critical = rec("CV-003", Severity.CRITICAL, 1);
        assertThat(sorted(mediumLarge, highSmall, critical)).containsExactly(critical, highSmall, mediumLarge);
    }

    @Test
    void sameSeverityPrefersTheLargerValue() {
        Recommendation four = rec("CV-001", Severity.HIGH, 4);
        Recommendation eight = rec("CV-002", Severity.HIGH, 8);
        Recommendation sixPointFive = rec("CV-003", Severity.HIGH, 6.5);
        assertThat(sorted(four, eight, sixPointFive)).containsExactly(eight, sixPointFive, four);
    }

    @Test
    void sameSeverityAndValueFallsBackToRuleIdForStability() {
        Recommendation b = rec("CV-002", Severity.HIGH, 4);
        Recommendation a = rec("CV-001", Severity.HIGH, 4);
        assertThat(sorted(b, a)).containsExactly(a, b);
        assertThat(sorted(a, b)).containsExactly(a, b);
    }

    @Test
    void numericValueWinsOverANonNumericOneOfTheSameSeverity() {
        Recommendation flag = rec("CV-001", Severity.HIGH, true);
        Recommendation number = rec("CV-002", Severity.HIGH, 4);
        assertThat(sorted(flag, number)).containsExactly(number, flag);
    }

    @Test
    void unstampedRecommendationSortsLast() {
        Recommendation stamped = rec("CV-001", Severity.INFO, 1);
        Recommendation unstamped = new Recommendation(SUB, "numberOfBackupStreams", 2, 16, "no rule");
        assertThat(sorted(unstamped, stamped)).containsExactly(stamped, unstamped);
    }

    @Test
    void outranksIsAStrictOrderEvenForIdenticalAdvice() {
        // The resolve rule deletes whichever of two recommendations for one knob is outranked: exactly one must be.
        Recommendation first = rec("CV-X", Severity.HIGH, 4);
        Recommendation again = rec("CV-X", Severity.HIGH, 4);
        assertThat(first.outranks(again)).isNotEqualTo(again.outranks(first));
        assertThat(first.outranks(again)).as("the earlier one stands").isTrue();
        assertThat(first.outranks(first)).isFalse();

        Recommendation severe = rec("CV-B", Severity.CRITICAL, 2);
        Recommendation larger = rec("CV-A", Severity.HIGH, 8);
        assertThat(severe.outranks(larger)).isTrue();
        assertThat(larger.outranks(rec("CV-C", Severity.HIGH, 4))).as("same severity: larger value").isTrue();
    }
}
