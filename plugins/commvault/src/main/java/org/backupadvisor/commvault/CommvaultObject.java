package org.backupadvisor.commvault;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backupadvisor.core.facts.ConfigObject;

/**
 * A Commvault object as a map of the vendor's own field names (numberOfBackupStreams, multiplexingFactor, ...) to
 * values, read from whichever exports described it. Subclasses add typed getters for the rules, with the vendor
 * default applied where Commvault leaves a flag out. Immutable: {@link #with} returns a changed copy, which is how
 * the planner prices a recommendation.
 */
public abstract class CommvaultObject implements ConfigObject {
    private final String objectId;
    private final String origin;
    private final Map<String, Object> fields;

    protected CommvaultObject(String objectId, String origin, Map<String, Object> fields) {
        this.objectId = objectId;
        this.origin = origin;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public final String product() {
        return CommvaultPlugin.ID;
    }

    @Override
    public final String objectId() {
        return objectId;
    }

    @Override
    public final String origin() {
        return origin;
    }

    /** Raw value as exported, null when absent. */
    public Object field(String name) {
        return fields.get(name);
    }

    public Map<String, Object> fields() {
        return fields;
    }

    protected Integer integer(String name) {
        Object v = fields.get(name);
        return v instanceof Number n ? n.intValue() : null;
    }

    protected boolean flag(String name, boolean vendorDefault) {
        Object v = fields.get(name);
        return v instanceof Boolean b ? b : vendorDefault;
    }

    protected String string(String name) {
        Object v = fields.get(name);
        return v == null ? null : v.toString();
    }

    /** A copy with {@code field} set to {@code value}. */
    public final CommvaultObject with(String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(field, value);
        return copy(copy);
    }

    protected abstract CommvaultObject copy(Map<String, Object> fields);

    // Facts are compared by identity of what they describe, so a changed copy replaces the original.
    @Override
    public boolean equals(Object o) {
        return o instanceof CommvaultObject c && c.getClass() == getClass() && c.objectId.equals(objectId)
                && c.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return objectId.hashCode() * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return objectType() + " " + objectId + " " + fields;
    }
}
