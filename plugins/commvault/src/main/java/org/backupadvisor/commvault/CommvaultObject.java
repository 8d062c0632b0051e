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
            this.base = new Compact(from);
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

    /**
     * The exported fields as two arrays, the key array shared by every object with the same field names in the same
     * order: a 100,000-subclient CommCell kept a LinkedHashMap per subclient (~0.5 KB each) for the whole analysis.
     * Read-only; iteration in the order the parser set the fields.
     */
    private static final class Compact extends AbstractMap<String, Object> {
        private static final Map<java.util.List<String>, String[]> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();
        private final String[] keys;
        private final Object[] values;

        Compact(Map<String, Object> from) {
            String[] k = new String[from.size()];
            Object[] v = new Object[from.size()];
            int i = 0;
            for (Map.Entry<String, Object> e : from.entrySet()) {
                k[i] = e.getKey();
                v[i++] = e.getValue();
            }
            String[] shared = SHAPES.get(java.util.Arrays.asList(k));
            if (shared == null && SHAPES.size() < 1024) {   // a bound: shapes come from the parser's few field sets
                shared = SHAPES.computeIfAbsent(java.util.Arrays.asList(k), x -> k);
            }
            this.keys = shared == null ? k : shared;
            this.values = v;
        }

        private int indexOf(Object key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key || keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Object get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, Object>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (i >= keys.length) {
                                throw new java.util.NoSuchElementException();
                            }
                            Entry<String, Object> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                            i++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
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
