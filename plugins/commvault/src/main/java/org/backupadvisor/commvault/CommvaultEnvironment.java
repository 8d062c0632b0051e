package org.backupadvisor.commvault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.plan.ChangeBundle;
import org.backupadvisor.core.spi.ProductEnvironment;

/** The Commvault objects of one bundle, their joins ({@link DataPath}s), and the job-history measurements. */
public final class CommvaultEnvironment implements ProductEnvironment {
    /**
     * The subclients; for an environment the planner priced a change on, made from {@link #unchangedSubclients} and
     * {@link #subclientChanges} on first use: pricing reads only the summary ({@link #subclientGroups}), so a trial
     * does not keep 50,000 changed subclients (a plan prices hundreds).
     */
    private volatile List<Subclient> subclients;
    // Dropped once the subclients are made: a stepped environment must not hold every earlier step's list.
    private List<Subclient> unchangedSubclients;
    private List<Recommendation> subclientChanges;
    private final List<StoragePolicy> policies;
    private final List<StoragePolicyCopy> copies;
    private final List<MediaAgent> mediaAgents;
    private final List<ServerPlan> plans;
    // Derived lazily and cached: pricing a plan builds thousands of environments and most never need all joins.
    private volatile List<DataPath> paths;
    private volatile List<Route> routes;
    private volatile List<CommvaultPath.SubclientGroup> subclientGroups;
    private volatile Lookups lookups;
    private final Measurements measurements;
    private final List<ParsedInput> inputs;

    /** The parser's objects, sorted by id so rules, joins and reports see a stable order. */
    static CommvaultEnvironment of(List<Subclient> subclients, List<StoragePolicy> policies,
                                   List<StoragePolicyCopy> copies, List<MediaAgent> mediaAgents, List<ServerPlan> plans,
                                   Measurements measurements, List<ParsedInput> inputs) {
        return new CommvaultEnvironment(sorted(subclients), sorted(policies), sorted(copies), sorted(mediaAgents),
                sorted(plans), measurements, inputs);
    }

    private List<Library> libraries = List.of();
    private List<StoragePool> pools = List.of();

    /** Libraries and storage pools: where copies write, read for their media and drive counts. */
    CommvaultEnvironment withStorage(List<Library> libraryList, List<StoragePool> poolList) {
        this.libraries = sorted(libraryList);
        this.pools = sorted(poolList);
        return this;
    }

    public List<Library> libraries() {
        return libraries;
    }

    public List<StoragePool> storagePools() {
        return pools;
    }

    /** What parsing passed over (a copy that could not be joined to its policy), said in the report's inputs. */
    private List<String> notes = List.of();

    CommvaultEnvironment withNotes(List<String> parsingNotes) {
        this.notes = List.copyOf(parsingNotes);
        return this;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    /** Lists already sorted (apply() keeps the order), so pricing a change does not sort 50,000 objects again. */
    private CommvaultEnvironment(List<Subclient> subclients, List<StoragePolicy> policies, List<StoragePolicyCopy> copies,
                                 List<MediaAgent> mediaAgents, List<ServerPlan> plans, Measurements measurements,
                                 List<ParsedInput> inputs) {
        this(subclients, List.of(), policies, copies, mediaAgents, plans, measurements, inputs);
    }

    /** {@code subclients} with {@code subclientChanges} applied when first read. */
    private CommvaultEnvironment(List<Subclient> subclients, List<Recommendation> subclientChanges,
                                 List<StoragePolicy> policies, List<StoragePolicyCopy> copies,
                                 List<MediaAgent> mediaAgents, List<ServerPlan> plans, Measurements measurements,
                                 List<ParsedInput> inputs) {
        if (subclientChanges.isEmpty()) {
            this.subclients = subclients;
        } else {
            this.unchangedSubclients = subclients;
            this.subclientChanges = subclientChanges;
        }
        this.policies = policies;
        this.copies = copies;
        this.mediaAgents = mediaAgents;
        this.plans = plans;
        this.measurements = measurements;
        this.inputs = List.copyOf(inputs);
    }

    private static <T extends CommvaultObject> List<T> sorted(List<T> l) {
        List<T> out = new ArrayList<>(l);
        out.sort(Comparator.comparing(CommvaultObject::objectId));
        return List.copyOf(out);
    }

    /** Name indexes of the small lists (policies, copies, MediaAgents, plans), built once per environment. */
    private record Lookups(Map<String, StoragePolicy> policies, Map<String, StoragePolicyCopy> primaryCopies,
                           Map<String, MediaAgent> mediaAgents, Map<String, ServerPlan> plans) {
    }

    private Lookups lookups() {
        Lookups l = lookups;
        if (l == null) {
            Map<String, StoragePolicyCopy> primaryBySp = new HashMap<>();
            for (StoragePolicyCopy c : copies) {
                if (c.isPrimary() && c.getStoragePolicyName() != null) {
                    primaryBySp.putIfAbsent(CommvaultObject.nameKey(c.getStoragePolicyName()), c);
                }
            }
            l = new Lookups(byName(policies, StoragePolicy::getName), primaryBySp,
                    byName(mediaAgents, MediaAgent::getName), byName(plans, ServerPlan::getName));
            lookups = l;
        }
        return l;
    }

    /** The data path of one subclient: its storage policy, that policy's primary copy, the copy's MediaAgent, its plan. */
    DataPath pathOf(Subclient sc) {
        Lookups l = lookups();
        StoragePolicy sp = sc == null ? null : l.policies().get(sc.getStoragePolicyKey());
        return pathFrom(sc, sp, sc == null ? null : l.plans().get(sc.getPlanKey()));
    }

    private DataPath pathFrom(Subclient sc, StoragePolicy sp, ServerPlan plan) {
        Lookups l = lookups();
        StoragePolicyCopy copy = sp == null ? null : l.primaryCopies().get(CommvaultObject.nameKey(sp.getName()));
        MediaAgent ma = copy == null ? null : l.mediaAgents().get(CommvaultObject.nameKey(copy.getMediaAgentName()));
        if (ma == null && copy != null && copy.getMediaAgentName() == null && mediaAgents.size() == 1) {
            ma = mediaAgents.get(0);
        }
        return new DataPath(sc, sp, copy, ma, plan);
    }

    private List<DataPath> join() {
        List<DataPath> out = new ArrayList<>();
        java.util.Set<StoragePolicy> joined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Subclient sc : subclients()) {
            DataPath p = pathOf(sc);
            joined.add(p.storagePolicy());
            out.add(p);
        }
        // Policies no exported subclient writes to still get a path, so their copy and policy rules are evaluated.
        for (StoragePolicy sp : policies) {
            if (!joined.contains(sp)) {
                out.add(pathFrom(null, sp, null));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The joins of {@link #join()} grouped by the names the subclients give: one route per (policy name, plan name),
     * in the order of its first subclient, then one per policy no subclient writes to.
     */
    private List<Route> routesOf() {
        record Key(String policy, String plan, StoragePolicy unwritten) {
        }
        final class Counted {
            final DataPath first;
            int subclients;
            int readers;

            Counted(DataPath first) {
                this.first = first;
            }
        }
        Map<Key, Counted> byKey = new java.util.LinkedHashMap<>();
        for (DataPath p : join()) {
            Subclient sc = p.subclient();
            Key k = sc == null ? new Key(null, null, p.storagePolicy())
                    : new Key(sc.getStoragePolicyKey(), sc.getPlanKey(), null);
            Counted c = byKey.computeIfAbsent(k, x -> new Counted(p));
            if (sc != null) {
                c.subclients++;
                c.readers += sc.getEffectiveReaders();
            }
        }
        List<Route> out = new ArrayList<>();
        byKey.forEach((k, c) -> out.add(new Route(k.policy(), k.plan(), c.first.storagePolicy(), c.first.copy(),
                c.first.mediaAgent(), c.first.plan(), c.subclients, c.readers)));
        return List.copyOf(out);
    }

    /** The routes the subclients share: the Commvault rules' join facts (see {@link Route}). */
    public List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            r = routesOf();
            routes = r;
        }
        return r;
    }

    /** The subclients per storage policy (or plan), summarised once per subclient list (see CommvaultPath). */
    List<CommvaultPath.SubclientGroup> subclientGroups() {
        List<CommvaultPath.SubclientGroup> g = subclientGroups;
        if (g == null) {
            g = CommvaultPath.SubclientGroup.all(subclients());
            subclientGroups = g;
        }
        return g;
    }

    private static <T> Map<String, T> byName(List<T> objects, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        for (T o : objects) {
            out.putIfAbsent(CommvaultObject.nameKey(name.apply(o)), o);
        }
        return out;
    }

    @Override
    public String product() {
        return CommvaultPlugin.ID;
    }

    /** The objects, the facts the Commvault rules match on beside the {@link #routes()}. */
    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>();
        out.addAll(subclients());
        out.addAll(policies);
        out.addAll(copies);
        out.addAll(mediaAgents);
        out.addAll(plans);
        out.addAll(libraries);
        out.addAll(pools);
        return out;
    }

    /** The join of each subclient (and of each policy none writes to): what the planner and the tests read. */
    public List<DataPath> dataPaths() {
        List<DataPath> p = paths;
        if (p == null) {
            p = join();
            paths = p;
        }
        return p;
    }

    @Override
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(objects());
        out.addAll(routes());
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
        List<Subclient> s = subclients;
        if (s == null) {
            synchronized (this) {
                if (subclients == null) {
                    subclients = change(unchangedSubclients, subclientChanges);
                    unchangedSubclients = null;
                    subclientChanges = null;
                }
                s = subclients;
            }
        }
        return s;
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

    /**
     * The Commvault version, as the MediaAgents report it (general.version of GET /V4/mediaAgent; MediaAgents run the
     * CommServe's service pack or an older one, so the lowest is what every rule must suit).
     */
    @Override
    public java.util.Optional<String> version() {
        List<String> versions = mediaAgents.stream().map(MediaAgent::getVersion).filter(Objects::nonNull)
                .map(CommvaultVersionRange::normalize).toList();
        // An unreadable form ("2024E") is reported as it is: the Analyzer then runs the rules ungated and says so.
        return versions.stream().filter(v -> !CommvaultVersionRange.SCHEME.readable(v)).findFirst()
                .or(() -> versions.stream().min(CommvaultVersionRange.SCHEME::compare));
    }

    /**
     * Subclient summaries already priced from this environment, by the subclient changes that made them. The planner
     * prices every bundle of change groups per step, and most bundles share their subclient changes (data readers on
     * 37,500 subclients with device streams, then with multiplexing, ...): those reuse one summary instead of
     * changing 50,000 subclients per bundle. Only the summary is kept: the changed subclients are made again if an
     * environment is stepped to (PathModel.with), once per step.
     */
    private java.util.Map<ChangeSet, List<CommvaultPath.SubclientGroup>> pricedSubclients =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Recommendations compared by identity, in order: the planner hands the same objects for the same group. A
     * planner trial ({@link ChangeBundle}) is compared by its groups, not its 100,000 changes.
     */
    private record ChangeSet(List<?> items, List<Recommendation> changes, int hash) {
        static ChangeSet of(List<Recommendation> changes) {
            List<?> items = changes instanceof ChangeBundle b ? b.groups() : changes;
            int h = changes instanceof ChangeBundle ? 7 : 1;
            for (Object r : items) {
                h = 31 * h + System.identityHashCode(r);
            }
            return new ChangeSet(items, changes, h);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ChangeSet other) || other.hash != hash || other.items.size() != items.size()
                    || (other.changes instanceof ChangeBundle) != (changes instanceof ChangeBundle)) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != other.items.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Override
    public CommvaultEnvironment apply(List<Recommendation> changes) {
        // The changes by the kind of object they change (in runs: a trial is whole change groups one after another).
        java.util.Map<Class<?>, List<Recommendation>> byType =
                org.backupadvisor.core.plan.ChangeRuns.byKey(changes, r -> r.getObject().getClass());
        // A copy: kept as a cache key and applied later, so the caller's list may change (a bundle does not).
        List<Recommendation> mine = byType.getOrDefault(Subclient.class, List.of());
        List<Recommendation> changedSubclients = mine instanceof ChangeBundle ? mine : List.copyOf(mine);
        List<CommvaultPath.SubclientGroup> groups = subclientGroups;
        if (!changedSubclients.isEmpty()) {
            List<Subclient> base = subclients();
            groups = pricedSubclients.computeIfAbsent(ChangeSet.of(changedSubclients),
                    k -> CommvaultPath.SubclientGroup.all(change(base, k.changes())));
        }
        CommvaultEnvironment out = new CommvaultEnvironment(subclients(), changedSubclients,
                change(policies, byType.getOrDefault(StoragePolicy.class, List.of())),
                change(copies, byType.getOrDefault(StoragePolicyCopy.class, List.of())),
                change(mediaAgents, byType.getOrDefault(MediaAgent.class, List.of())),
                change(plans, byType.getOrDefault(ServerPlan.class, List.of())), measurements, inputs);
        out.subclientGroups = groups;   // same subclients, same summary (null: computed on first use)
        if (changedSubclients.isEmpty()) {
            // The same subclients: a step that changed a policy or a copy keeps what was priced on them.
            out.pricedSubclients = pricedSubclients;
        }
        out.notes = notes;
        out.libraries = libraries;
        out.pools = pools;
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T extends CommvaultObject> List<T> change(List<T> objects, List<Recommendation> changes) {
        if (objects.isEmpty()) {
            return objects;
        }
        if (changes.isEmpty()) {
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
