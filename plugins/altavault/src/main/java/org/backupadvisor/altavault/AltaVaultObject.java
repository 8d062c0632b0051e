package org.backupadvisor.altavault;

import java.util.Map;
import java.util.TreeMap;
import org.backupadvisor.core.facts.ConfigObject;

/** An AltaVault configuration object; settings in a map so a what-if change is a copy with one value replaced. */
public abstract class AltaVaultObject implements ConfigObject {
    private final String objectId;
    private final String origin;
    private final Map<String, Object> fields;

    protected AltaVaultObject(String objectId, String origin, Map<String, Object> fields) {
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
        return AltaVaultPlugin.ID;
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

    protected Map<String, Object> changed(String name, Object value) {
        Map<String, Object> m = new TreeMap<>(fields);
        m.put(name, value);
        return m;
    }

    abstract AltaVaultObject with(String name, Object value);

    @Override
    public String toString() {
        return objectType() + " " + objectId + " " + fields;
    }
}
