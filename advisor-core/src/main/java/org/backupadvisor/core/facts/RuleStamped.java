package org.backupadvisor.core.facts;

/**
 * The rule plumbing every rule output shares: the engine stamps the inserting rule's metadata on it once, as it is
 * inserted (the DRL consequence never names its own rule).
 */
public abstract class RuleStamped implements RuleOutput {
    /** Set by {@link #stamp}, or by factories that build rows for a known rule (NOT_FIRED, version gating). */
    RuleMeta rule;

    public RuleMeta getRule() {
        return rule;
    }

    /** The configuration object the output is about (null for one about no object). */
    public abstract ConfigObject getObject();

    public String getRuleId() {
        return rule == null ? null : rule.id();
    }

    @Override
    public void stamp(RuleMeta meta) {
        if (rule == null) {
            rule = meta;
        }
    }
}
