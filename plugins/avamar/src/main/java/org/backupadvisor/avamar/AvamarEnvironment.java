package org.backupadvisor.avamar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;

/** The Avamar replication groups of one bundle. */
public final class AvamarEnvironment implements ProductEnvironment {
    private final List<ReplicationGroup> groups;
    private final Measurements measurements;
    private final List<ParsedInput> inputs;
    private final List<String> notes;
    private final BackupsDuringReplication backupsDuringReplication;

    AvamarEnvironment(List<ReplicationGroup> groups, Measurements measurements,
                      BackupsDuringReplication backupsDuringReplication, List<ParsedInput> inputs, List<String> notes) {
        this.backupsDuringReplication = backupsDuringReplication;
        List<ReplicationGroup> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(ReplicationGroup::getName));
        this.groups = List.copyOf(sorted);
        this.measurements = measurements;
        this.inputs = List.copyOf(inputs);
        this.notes = List.copyOf(notes);
    }

    @Override
    public String product() {
        return AvamarPlugin.ID;
    }

    public List<ReplicationGroup> groups() {
        return groups;
    }

    @Override
    public List<ConfigObject> objects() {
        return new ArrayList<>(groups);
    }

    /** Objects plus the backups that shared the last replication run, when a job history says. */
    @Override
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(objects());
        if (backupsDuringReplication != null) {
            out.add(backupsDuringReplication);
        }
        return out;
    }

    /** Null without a job history holding a completed replication run. */
    public BackupsDuringReplication backupsDuringReplication() {
        return backupsDuringReplication;
    }

    @Override
    public Measurements measurements() {
        return measurements;
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
    public AvamarEnvironment apply(List<Recommendation> changes) {
        List<ReplicationGroup> out = new ArrayList<>();
        for (ReplicationGroup g : groups) {
            ReplicationGroup c = g;
            for (Recommendation r : changes) {
                if (r.getObject() instanceof ReplicationGroup && r.getObjectId().equals(g.getName())) {
                    c = c.with(r.getField(), r.getRecommended());
                }
            }
            out.add(c);
        }
        return new AvamarEnvironment(out, measurements, backupsDuringReplication, inputs, notes);
    }
}
