package org.backupadvisor.commvault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private final List<DataPath> paths;
    private final Measurements measurements;
    private final List<ParsedInput> inputs;

    CommvaultEnvironment(List<Subclient> subclients, List<StoragePolicy> policies, List<StoragePolicyCopy> copies,
                         List<MediaAgent> mediaAgents, Measurements measurements, List<ParsedInput> inputs) {
        this.subclients = sorted(subclients);
        this.policies = sorted(policies);
        this.copies = sorted(copies);
        this.mediaAgents = sorted(mediaAgents);
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
        List<DataPath> out = new ArrayList<>();
        for (Subclient sc : subclients) {
            StoragePolicy sp = policies.stream()
                    .filter(p -> p.getName().equalsIgnoreCase(Objects.toString(sc.getStoragePolicyName(), "")))
                    .findFirst().orElse(null);
            StoragePolicyCopy copy = sp == null ? null : copies.stream()
                    .filter(c -> sp.getName().equalsIgnoreCase(Objects.toString(c.getStoragePolicyName(), "")))
                    .filter(StoragePolicyCopy::isPrimary).findFirst().orElse(null);
            MediaAgent ma = copy == null ? null : mediaAgents.stream()
                    .filter(m -> m.getName().equalsIgnoreCase(Objects.toString(copy.getMediaAgentName(), "")))
                    .findFirst().orElse(mediaAgents.size() == 1 && copy.getMediaAgentName() == null
                            ? mediaAgents.get(0) : null);
            out.add(new DataPath(sc, sp, copy, ma));
        }
        return List.copyOf(out);
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

    @Override
    public CommvaultEnvironment apply(List<Recommendation> changes) {
        return new CommvaultEnvironment(change(subclients, changes), change(policies, changes),
                change(copies, changes), change(mediaAgents, changes), measurements, inputs);
    }

    @SuppressWarnings("unchecked")
    private static <T extends CommvaultObject> List<T> change(List<T> objects, List<Recommendation> changes) {
        List<T> out = new ArrayList<>();
        for (T o : objects) {
            CommvaultObject changed = o;
            for (Recommendation r : changes) {
                if (r.getObject().getClass() == o.getClass() && r.getObjectId().equals(o.objectId())) {
                    changed = changed.with(r.getField(), r.getRecommended());
                }
            }
            out.add((T) changed);
        }
        return out;
    }
}
