package org.backupadvisor.commvault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;

/** The Commvault objects of one bundle, their joins ({@link DataPath}s), and the job-history measurements. */
public final class CommvaultEnvironment implements ProductEnvironment {
    private final List<Subclient> subclients;
    private final List<StoragePolicy> policies;
    private final List<StoragePolicyCopy> copies;
    private final List<MediaAgent> mediaAgents;
    private final List<ServerPlan> plans;
    private final List<DataPath> paths;
    private final Measurements measurements;
    private final List<ParsedInput> inputs;

    CommvaultEnvironment(List<Subclient> subclients, List<StoragePolicy> policies, List<StoragePolicyCopy> copies,
                         List<MediaAgent> mediaAgents, List<ServerPlan> plans, Measurements measurements,
                         List<ParsedInput> inputs) {
        this(sorted(subclients), sorted(policies), sorted(copies), sorted(mediaAgents), sorted(plans), measurements,
                inputs, true);
    }

    /** Lists already sorted (apply() keeps the order), so pricing a change does not sort 50,000 objects again. */
    private CommvaultEnvironment(List<Subclient> subclients, List<StoragePolicy> policies, List<StoragePolicyCopy> copies,
                                 List<MediaAgent> mediaAgents, List<ServerPlan> plans, Measurements measurements,
                                 List<ParsedInput> inputs, boolean sorted) {
        this.subclients = subclients;
        this.policies = policies;
        this.copies = copies;
        this.mediaAgents = mediaAgents;
        this.plans = plans;
        this.measurements = measurements;
        this.inputs = List.copyOf(inputs);
        this.paths = join();
    }

    private static <T extends CommvaultObject> List<T> sorted(List<T> l) {
        List<T> out = new ArrayList<>(l);
        out.sort(Comparator.comparing(CommvaultObject::objectId));
        return List.copyOf(out);
    }

    private List<DataPath> join() {
        Map<String, StoragePolicy> spByName = byName(policies, StoragePolicy::getName);
        Map<String, MediaAgent> maByName = byName(mediaAgents, MediaAgent::getName);
        Map<String, ServerPlan> planByName = byName(plans, ServerPlan::getName);
        Map<String, StoragePolicyCopy> primaryBySp = new HashMap<>();
        for (StoragePolicyCopy c : copies) {
            if (c.isPrimary() && c.getStoragePolicyName() != null) {
                primaryBySp.putIfAbsent(c.getStoragePolicyName().toLowerCase(Locale.ROOT), c);
            }
        }
        List<DataPath> out = new ArrayList<>();
        for (Subclient sc : subclients) {
            StoragePolicy sp = spByName.get(key(sc.getStoragePolicyName()));
            StoragePolicyCopy copy = sp == null ? null : primaryBySp.get(key(sp.getName()));
            MediaAgent ma = copy == null ? null : maByName.get(key(copy.getMediaAgentName()));
            if (ma == null && copy != null && copy.getMediaAgentName() == null && mediaAgents.size() == 1) {
                ma = mediaAgents.get(0);
            }
            out.add(new DataPath(sc, sp, copy, ma, planByName.get(key(sc.getPlanName()))));
        }
        // Policies no exported subclient writes to still get a path, so their copy and policy rules are evaluated.
        java.util.Set<StoragePolicy> joined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.forEach(p -> joined.add(p.storagePolicy()));
        for (StoragePolicy sp : policies) {
            if (!joined.contains(sp)) {
                StoragePolicyCopy copy = primaryBySp.get(key(sp.getName()));
                MediaAgent ma = copy == null ? null : maByName.get(key(copy.getMediaAgentName()));
                out.add(new DataPath(null, sp, copy, ma, null));
            }
        }
        return List.copyOf(out);
    }

    private static <T> Map<String, T> byName(List<T> objects, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        for (T o : objects) {
            out.putIfAbsent(key(name.apply(o)), o);
        }
        return out;
    }

    /** Commvault names are case-insensitive. */
    private static String key(String name) {
        return Objects.toString(name, "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String product() {
        return CommvaultPlugin.ID;
    }

    /** Objects and joins, the facts the Commvault rules match on. */
    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>();
        out.addAll(subclients);
        out.addAll(policies);
        out.addAll(copies);
        out.addAll(mediaAgents);
        out.addAll(plans);
        return out;
    }

    /** The joins, inserted beside the objects. */
    public List<DataPath> dataPaths() {
        return paths;
    }

    @Override
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(objects());
        out.addAll(paths);
        return out;
    }

    @Override
    public Measurements measurements() {
        return measurements;
    }

    @Override
    public List<ParsedInput> inputs() {
        return inputs;
    }

    public List<Subclient> subclients() {
        return subclients;
    }

    public List<StoragePolicy> policies() {
        return policies;
    }

    public List<StoragePolicyCopy> copies() {
        return copies;
    }

    public List<MediaAgent> mediaAgents() {
        return mediaAgents;
    }

    public List<ServerPlan> plans() {
        return plans;
    }

    @Override
    public CommvaultEnvironment apply(List<Recommendation> changes) {
        return new CommvaultEnvironment(change(subclients, changes), change(policies, changes),
                change(copies, changes), change(mediaAgents, changes), change(plans, changes), measurements, inputs, true);
    }

    @SuppressWarnings("unchecked")
    private static <T extends CommvaultObject> List<T> change(List<T> objects, List<Recommendation> changes) {
        if (objects.isEmpty()) {
            return objects;
        }
        // Indexed by object, so pricing a change stays linear in the size of the export.
        Class<?> type = objects.get(0).getClass();
        java.util.Map<String, List<Recommendation>> byObject = new java.util.HashMap<>();
        for (Recommendation r : changes) {
            if (r.getObject().getClass() == type) {
                byObject.computeIfAbsent(r.getObjectId(), k -> new ArrayList<>()).add(r);
            }
        }
        if (byObject.isEmpty()) {
            return objects;
        }
        List<T> out = new ArrayList<>(objects.size());
        for (T o : objects) {
            CommvaultObject changed = o;
            for (Recommendation r : byObject.getOrDefault(o.objectId(), List.of())) {
                changed = changed.with(r.getField(), r.getRecommended());
            }
            out.add((T) changed);
        }
        return out;
    }
}
