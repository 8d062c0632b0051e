package org.backupadvisor.core.facts;

import java.util.Objects;

/**
 * The outcome of one rule on one object. Rules insert FIRED and NOT_EVALUATED findings (the latter naming the
 * missing input); the engine adds NOT_FIRED for every object of the rule's target type that got neither.
 * The rule id and metadata are stamped by the engine when the rule inserts the fact, so DRL stays short.
 */
public final class Finding extends RuleStamped {
    private final FindingStatus status;
    private final ConfigObject object;
    private final String objectId;
    private final String message;
    private final String reason;
    private final Missing missing;

    private Finding(FindingStatus status, ConfigObject object, String objectId, String message, String reason,
                    Missing missing) {
        this.status = status;
        this.object = object;
        this.objectId = objectId;
        // Interned like a recommendation's reason: many objects share each message.
        this.message = message == null ? null : message.intern();
        this.reason = reason == null ? null : reason.intern();
        this.missing = missing;
    }

    /** The rule fired on {@code object}; {@code message} says what was seen (values included). */
    public static Finding fired(ConfigObject object, String message) {
        return new Finding(FindingStatus.FIRED, object, object.objectId(), message, null, null);
    }

    /** The rule could not decide for {@code object} for a reason that is not a missing input (e.g. a conflict). */
    public static Finding notEvaluated(ConfigObject object, String reason) {
        return new Finding(FindingStatus.NOT_EVALUATED, object, object.objectId(), null, reason, null);
    }

    /** The rule could not decide for {@code object}: {@code missing} names the input, as data. */
    public static Finding missing(ConfigObject object, Missing missing) {
        return new Finding(FindingStatus.NOT_EVALUATED, object, object.objectId(), null, missing.describe(), missing);
    }

    /** As {@link #missing(ConfigObject, Missing)}, with what the input would have decided ("whether the target is missed"). */
    public static Finding missing(ConfigObject object, Missing missing, String toDecide) {
        return new Finding(FindingStatus.NOT_EVALUATED, object, object.objectId(), null,
                missing.describe() + ": cannot tell " + toDecide, missing);
    }

    public static Finding notEvaluated(RuleMeta rule, String objectId, String reason) {
        Finding f = new Finding(FindingStatus.NOT_EVALUATED, null, objectId, null, reason, null);
        f.rule = rule;
        return f;
    }

    public static Finding notEvaluated(RuleMeta rule, ConfigObject object, String reason) {
        Finding f = new Finding(FindingStatus.NOT_EVALUATED, object, object.objectId(), null, reason, null);
        f.rule = rule;
        return f;
    }

    public static Finding notFired(RuleMeta rule, ConfigObject object) {
        Finding f = new Finding(FindingStatus.NOT_FIRED, object, object.objectId(), null, null, null);
        f.rule = rule;
        return f;
    }

    /** The same finding with another reason (used to merge NOT_EVALUATED reasons). */
    public Finding withReason(String newReason) {
        Finding f = new Finding(status, object, objectId, message, newReason, missing);
        f.rule = rule;
        return f;
    }

    /** The missing input of a NOT_EVALUATED finding, when a rule named one (null otherwise). */
    public Missing getMissing() {
        return missing;
    }

    /** Where the object was read ("file.json: line 3"), or null for findings without an object. */
    public String getEvidence() {
        return object == null ? null : object.origin();
    }

    public FindingStatus getStatus() {
        return status;
    }

    public ConfigObject getObject() {
        return object;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getMessage() {
        return message;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return status + " " + getRuleId() + " on " + objectId + (message != null ? ": " + message : "")
                + (reason != null ? " (" + reason + ")" : "");
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(objectId) * 31 + status.hashCode();
    }
}
