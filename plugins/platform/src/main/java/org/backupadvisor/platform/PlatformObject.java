package org.backupadvisor.platform;

import java.util.Map;
import org.backupadvisor.core.facts.FieldObject;

/**
 * A platform configuration object: a host, an NFS mount, a Solaris /etc/system, a registry key. Tunable values live
 * in a field map, so a what-if change is a copy with one field replaced (the planner prices such copies).
 */
abstract class PlatformObject extends FieldObject {

    PlatformObject(String objectId, String origin, Map<String, Object> fields) {
        super(objectId, origin, fields);
    }

    @Override
    public final String product() {
        return PlatformPlugin.ID;
    }

    /** The same object with {@code name} set to {@code value}. */
    abstract PlatformObject with(String name, Object value);

    static Long asLong(Object v) {
        return v instanceof Number n ? n.longValue() : v == null ? null : Long.valueOf(v.toString());
    }
}
