package org.backupadvisor.backupexec;

import java.util.Map;
import java.util.TreeMap;
import org.backupadvisor.core.facts.ConfigObject;

/**
 * A Backup Exec configuration object (server, disk storage) as a map of its settings; BEMCLI property names where
 * the export has them (DESIGN.md §8). Immutable: {@link #with} returns a
 * changed copy, which is how the planner prices a recommendation.
 */
public abstract class BackupExecObject implements ConfigObject {
    private final String objectId;
    private final String origin;
    private final Map<String, Object> fields;

    protected BackupExecObject(String objectId, String origin, Map<String, Object> fields) {
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
    public final String product() {
        return BackupExecPlugin.ID;
    }

    @Override
    public final String objectId() {
        return objectId;
    }

    @Override
    public final String origin() {
        return origin;
    }

    public String getName() {
        return objectId;
    }

    protected Object field(String name) {
        return fields.get(name);
    }

    protected Integer intField(String name) {
        Object v = fields.get(name);
        return v instanceof Number n ? Integer.valueOf(n.intValue()) : v == null ? null : Integer.valueOf(v.toString());
    }

    protected String stringField(String name) {
        Object v = fields.get(name);
        return v == null ? null : v.toString();
    }

    protected Boolean boolField(String name) {
        Object v = fields.get(name);
        return v instanceof Boolean b ? b : v == null ? null : Boolean.valueOf(v.toString());
    }

    Map<String, Object> fields() {
        return new TreeMap<>(fields);
    }

    /** The same object with {@code name} set to {@code value}. */
    abstract BackupExecObject with(String name, Object value);

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
