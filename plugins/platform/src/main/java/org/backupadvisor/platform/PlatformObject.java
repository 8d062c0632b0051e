package org.backupadvisor.platform;

import java.util.Map;
import java.util.TreeMap;
import org.backupadvisor.core.facts.ConfigObject;

/**
 * A platform configuration object: a host, an NFS mount, a Solaris /etc/system, a registry key. Tunable values live
 * in a field map, so a what-if change is a copy with one field replaced (the planner prices such copies).
 */
abstract class PlatformObject implements ConfigObject {
    private final String objectId;
    private final String origin;
    protected final Map<String, Object> fields;

    PlatformObject(String objectId, String origin, Map<String, Object> fields) {
        this.objectId = objectId;
        this.origin = origin;
        this.fields = new TreeMap<>(fields);
    }

    @Override
    public final String product() {
        return PlatformPlugin.ID;
    }

    @Override
    public final String objectId() {
        return objectId;
    }

    @Override
    public final String origin() {
        return origin;
    }

    Object field(String name) {
        return fields.get(name);
    }

    /** The same object with {@code name} set to {@code value}. */
    abstract PlatformObject with(String name, Object value);

    static Long asLong(Object v) {
        return v instanceof Number n ? n.longValue() : v == null ? null : Long.valueOf(v.toString());
    }

    @Override
    public String toString() {
        return objectType() + " " + objectId + " " + fields;
    }
}
