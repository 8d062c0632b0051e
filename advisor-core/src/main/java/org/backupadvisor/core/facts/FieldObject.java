package org.backupadvisor.core.facts;

import java.util.Map;
import java.util.TreeMap;

/**
 * A configuration object whose settings live in a map under the names DESIGN.md §8 gives them, the base of the
 * plugins' objects (NetBackup policies, AltaVault interfaces, Backup Exec servers, platform hosts...). Immutable: a
 * what-if change is a copy with one value replaced ({@link #changed}), which is how the planner prices a change.
 * Null values are not kept, so "absent" and "exported as null" read alike.
 */
public abstract class FieldObject implements ConfigObject {
    private final String objectId;
    private final String origin;
    private final Map<String, Object> fields;

    protected FieldObject(String objectId, String origin, Map<String, Object> fields) {
        this.objectId = objectId;
        this.origin = origin;
        this.fields = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                this.fields.put(k, v);
            }
        });
    }

    @Override
    public final String objectId() {
        return objectId;
    }

    @Override
    public final String origin() {
        return origin;
    }

    protected Object field(String name) {
        return fields.get(name);
    }

    protected Integer intField(String name) {
        Object v = fields.get(name);
        return v instanceof Number n ? Integer.valueOf(n.intValue()) : v == null ? null : Integer.valueOf(v.toString());
    }

    protected Long longField(String name) {
        Object v = fields.get(name);
        return v instanceof Number n ? Long.valueOf(n.longValue()) : v == null ? null : Long.valueOf(v.toString());
    }

    protected String stringField(String name) {
        Object v = fields.get(name);
        return v == null ? null : v.toString();
    }

    protected Boolean boolField(String name) {
        Object v = fields.get(name);
        return v instanceof Boolean b ? b : v == null ? null : Boolean.valueOf(v.toString());
    }

    /** A copy of the settings. */
    protected Map<String, Object> fields() {
        return new TreeMap<>(fields);
    }

    /** The settings with {@code name} set to {@code value}, for the subclass's {@code with}. */
    protected Map<String, Object> changed(String name, Object value) {
        Map<String, Object> m = fields();
        m.put(name, value);
        return m;
    }

    @Override
    public String toString() {
        return objectType() + " " + objectId + " " + fields;
    }
}
