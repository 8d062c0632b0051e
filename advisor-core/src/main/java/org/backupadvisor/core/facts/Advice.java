package org.backupadvisor.core.facts;

import java.util.Objects;

/**
 * Advice that is not a knob change: a topology change ("one share per interface"), a change to leave alone
 * ("do not raise max processes: one client"), a practice or an upgrade. Inserted by a rule's consequence; the
 * engine stamps the rule and derives the FIRED finding. {@code topic} names what it is about, product-scoped like a
 * setting ("platform.oracle.directNfs"), so remediation can be looked up and the same advice is given once.
 */
public final class Advice extends RuleStamped {

    public enum Kind { TOPOLOGY, DO_NOT_CHANGE, PRACTICE, UPGRADE }

    private final ConfigObject object;
    private final Kind kind;
    private final String topic;
    private final String text;
    private final String why;

    public Advice(ConfigObject object, Kind kind, String topic, String text, String why) {
        this.object = Objects.requireNonNull(object, "object");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.text = Objects.requireNonNull(text, "text");
        this.why = Objects.requireNonNull(why, "why");
    }

    public ConfigObject getObject() {
        return object;
    }

    public String getObjectId() {
        return object.objectId();
    }

    public Kind getKind() {
        return kind;
    }

    public String getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public String getWhy() {
        return why;
    }

    @Override
    public String toString() {
        return kind + " " + topic + "[" + object.objectId() + "]: " + text + " (" + getRuleId() + ")";
    }
}
