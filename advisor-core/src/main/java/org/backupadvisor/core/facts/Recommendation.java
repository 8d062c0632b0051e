package org.backupadvisor.core.facts;

import java.util.Objects;

/**
 * "Set {@code field} of {@code object} from {@code current} to {@code recommended}, because {@code why}."
 * Inserted by a rule's consequence; the setting name is {@code <product>.<objectType>.<vendorFieldName>}
 * (DESIGN.md §4). The planner later attaches the expected gain, the plugin the how-to-apply text.
 * A rule that recommends also yields a FIRED finding (the engine derives it), so DRL inserts just this.
 */
public final class Recommendation extends RuleStamped {
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Which of two recommendations for the same knob stands (DESIGN.md §3.3): the more severe rule, then the larger
     * value (more parallelism wins over less), then rule id, then the earlier one.
     */
    public static final java.util.Comparator<Recommendation> PRECEDENCE = java.util.Comparator
            .comparingInt(Recommendation::getSeverityRank)
            .thenComparing(r -> -(Double.isNaN(r.getRecommendedNumber()) ? 0 : r.getRecommendedNumber()))
            .thenComparing(Recommendation::getRuleId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparingLong(r -> r.sequence);

    private final ConfigObject object;
    private final String field;
    private final Object current;
    private final Object recommended;
    private final String why;
    /** Creation order: the last tie-break, so {@link #outranks} is a strict order even for identical advice. */
    private final long sequence = SEQUENCE.incrementAndGet();
    // Computed once: the planner looks these up for every recommendation of every trial.
    private final String setting;

    public Recommendation(ConfigObject object, String field, Object current, Object recommended, String why) {
        this.object = Objects.requireNonNull(object, "object");
        this.field = Objects.requireNonNull(field, "field");
        this.current = current;
        this.recommended = Objects.requireNonNull(recommended, "recommended");
        // Interned: a rule gives thousands of objects the same reason and setting name (100,000 subclients held
        // about 140 MB of equal strings in recommendations and findings).
        this.why = Objects.requireNonNull(why, "why").intern();
        this.setting = (object.product() + "." + object.objectType() + "." + field).intern();
    }

    public ConfigObject getObject() {
        return object;
    }

    public String getObjectId() {
        return object.objectId();
    }

    public String getField() {
        return field;
    }

    /** "commvault.subclient.numberOfBackupStreams". */
    public String getSetting() {
        return setting;
    }

    /**
     * "setting@object": the knob this recommendation turns, as throughput paths name their inputs. Made when asked,
     * not kept: 200,000 recommendations held 20 MB of them for a few look-ups (maps key by {@link #knobKey()}).
     */
    public String getKnob() {
        return knob(setting, object.objectId());
    }

    /** The knob as a key for maps: equal exactly when {@link #getKnob()} is, without building the string. */
    public Knob knobKey() {
        return new Knob(setting, object.objectId());
    }

    /** A setting of one object (see {@link #knobKey()}). */
    public record Knob(String setting, String objectId) {
        @Override
        public String toString() {
            return knob(setting, objectId);
        }
    }

    public static String knob(String setting, String objectId) {
        return setting + "@" + objectId;
    }

    /** The value in the export today; null when the export leaves it out (vendor default applies). */
    public Object getCurrent() {
        return current;
    }

    public Object getRecommended() {
        return recommended;
    }

    /** Numeric recommended value or NaN, for conflict resolution in DRL ("keep the larger"). */
    public double getRecommendedNumber() {
        return recommended instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public String getWhy() {
        return why;
    }

    /** True when this recommendation stands and {@code other}, for the same knob, gives way (the resolve rule). */
    public boolean outranks(Recommendation other) {
        return PRECEDENCE.compare(this, other) < 0;
    }

    /** Severity rank for conflict resolution: lower is more severe. */
    public int getSeverityRank() {
        return rule == null || rule.severity() == null ? Integer.MAX_VALUE : rule.severity().ordinal();
    }

    @Override
    public String toString() {
        return getSetting() + "[" + getObjectId() + "]: " + current + " -> " + recommended + " (" + getRuleId() + ")";
    }
}
