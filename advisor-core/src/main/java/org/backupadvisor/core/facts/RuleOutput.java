package org.backupadvisor.core.facts;

/** A fact a rule inserts; the engine stamps the inserting rule's metadata on it as it is inserted. */
public interface RuleOutput {
    void stamp(RuleMeta rule);
}
