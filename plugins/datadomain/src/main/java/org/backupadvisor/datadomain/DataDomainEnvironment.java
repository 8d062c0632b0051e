package org.backupadvisor.datadomain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;

/** The Data Domain systems and replication contexts of one bundle. */
public final class DataDomainEnvironment implements ProductEnvironment {
    private final List<DataDomainSystem> systems;
    private final List<ReplicationContext> contexts;
    private final List<ParsedInput> inputs;
    private final List<String> notes;

    DataDomainEnvironment(List<DataDomainSystem> systems, List<ReplicationContext> contexts, List<ParsedInput> inputs) {
        this(systems, contexts, inputs, List.of());
    }

    DataDomainEnvironment(List<DataDomainSystem> systems, List<ReplicationContext> contexts, List<ParsedInput> inputs,
                          List<String> notes) {
        this.notes = List.copyOf(notes);
        List<DataDomainSystem> s = new ArrayList<>(systems);
        s.sort(Comparator.comparing(DataDomainSystem::getHostname));
        this.systems = List.copyOf(s);
        this.contexts = List.copyOf(contexts);
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public String product() {
        return DataDomainPlugin.ID;
    }

    public List<DataDomainSystem> systems() {
        return systems;
    }

    public List<ReplicationContext> contexts() {
        return contexts;
    }

    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>(systems);
        out.addAll(contexts);
        return out;
    }

    @Override
    public Measurements measurements() {
        return Measurements.none();
    }

    @Override
    public List<ParsedInput> inputs() {
        return inputs;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public java.util.Optional<String> version() {
        // "7.10.1.0-1016743" or "Data Domain OS 6.2.0.10-610784": the dotted release numbers.
        return systems.stream().map(DataDomainSystem::getDdosVersion).filter(java.util.Objects::nonNull)
                .map(v -> java.util.regex.Pattern.compile("\\d+(\\.\\d+)+").matcher(v))
                .filter(java.util.regex.Matcher::find).map(java.util.regex.Matcher::group).findFirst();
    }

    /** Data Domain settings are not changed by the plan (its advice is topology and practice): the same environment. */
    @Override
    public DataDomainEnvironment apply(List<Recommendation> changes) {
        return this;
    }
}
