package org.backupadvisor.backupexec;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;

/** One Backup Exec server as the bundle describes it: its disk storage (Backup-to-Disk folders) and jobs. */
public final class BackupExecEnvironment implements ProductEnvironment {
    private final BeServer server;
    private final List<BeStorage> storage;
    private final List<ParsedInput> inputs;
    private final List<String> notes;
    private final Measurements measured;
    private final Integer historyJobs;

    BackupExecEnvironment(BeServer server, List<BeStorage> storage, List<ParsedInput> inputs, List<String> notes,
                          Measurements measured, Integer historyJobs) {
        this.server = server;
        this.storage = List.copyOf(storage);
        this.inputs = List.copyOf(inputs);
        this.notes = List.copyOf(notes);
        this.measured = measured;
        this.historyJobs = historyJobs;
    }

    @Override
    public String product() {
        return BackupExecPlugin.ID;
    }

    /** The server writing to network-share folders, or null when the exports show none. */
    public BeServer server() {
        return server;
    }

    public List<BeStorage> storage() {
        return storage;
    }

    /** The network-share folders of the server's path. */
    public List<BeStorage> folders() {
        return storage.stream().filter(BeStorage::isNetworkShare).toList();
    }

    /** Successful backup jobs of the history that calibrate the per-job rate, or null without a history. */
    Integer historyJobs() {
        return historyJobs;
    }

    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>(storage);
        if (server != null) {
            out.add(server);
        }
        return out;
    }

    @Override
    public Measurements measurements() {
        return measured;
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
    public BackupExecEnvironment apply(List<Recommendation> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        BeServer s = server;
        List<BeStorage> st = new ArrayList<>();
        for (BeStorage o : storage) {
            BeStorage c = o;
            for (Recommendation r : changes) {
                if (mine(r, BeStorage.TYPE, o.objectId())) {
                    c = c.with(r.getField(), r.getRecommended());
                }
            }
            st.add(c);
        }
        for (Recommendation r : changes) {
            if (s != null && mine(r, BeServer.TYPE, s.objectId())) {
                s = s.with(r.getField(), r.getRecommended());
            }
        }
        return new BackupExecEnvironment(s, st, inputs, notes, measured, historyJobs);
    }

    private static boolean mine(Recommendation r, String type, String id) {
        return r.getObject().product().equals(BackupExecPlugin.ID) && r.getObject().objectType().equals(type)
                && r.getObjectId().equals(id);
    }
}
