package org.backupadvisor.commvault;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Set;
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
    private final Fields fields;

    protected CommvaultObject(String objectId, String origin, Map<String, Object> fields) {
        this.objectId = objectId;
        this.origin = origin;
        // Maps built by with() are already private copies; everything else is copied once here.
        this.fields = fields instanceof Fields own ? own : new Fields(fields);
    }

    /**
     * The object's fields: the exported values, shared by every changed copy, plus the few values a change set.
     * Pricing a plan changes tens of thousands of subclients thousands of times; copying every map would dominate.
     */
    private static final class Fields extends AbstractMap<String, Object> {
        private final Map<String, Object> base;
        private final Map<String, Object> overrides;

        Fields(Map<String, Object> from) {
            this.base = new LinkedHashMap<>(from);
            this.overrides = Map.of();
        }

        Fields(Fields parent, String field, Object value) {
            this.base = parent.base;
            Map<String, Object> o = new HashMap<>(parent.overrides);
            o.put(field, value);
            this.overrides = o;
        }

        @Override
        public Object get(Object key) {
            return overrides.containsKey(key) ? overrides.get(key) : base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return overrides.containsKey(key) || base.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            if (overrides.isEmpty()) {
                return Collections.unmodifiableMap(base).entrySet();
            }
            Map<String, Object> merged = new LinkedHashMap<>(base);
            merged.putAll(overrides);
            return Collections.unmodifiableMap(merged).entrySet();
        }
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

    /** The key Commvault names are matched by: they are case-insensitive ("" for none). */
    static String nameKey(String name) {
        return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
    }

    /** Raw value as exported, null when absent. */
    public Object field(String name) {
        return fields.get(name);
    }

    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
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
        return copy(new Fields(fields, field, value));
    }

    protected abstract CommvaultObject copy(Map<String, Object> fields);

    // Facts are compared by identity of what they describe, so a changed copy replaces the original.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CommvaultObject c && c.getClass() == getClass() && c.objectId.equals(objectId)
                && c.hashCode() == hashCode() && c.fields.equals(fields);
    }

    /**
     * Cached: the rule engine hashes facts for its join indexes (DataPath on subclient, ...), and hashing the field
     * map each time cost a third of a 100,000-fact rule session. The object is immutable, so the hash is too.
     */
    private int hash;

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = objectId.hashCode() * 31 + fields.hashCode();
            h = h == 0 ? 1 : h;   // 0 means "not computed yet"
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return objectType() + " " + objectId + " " + fields;
    }
}
