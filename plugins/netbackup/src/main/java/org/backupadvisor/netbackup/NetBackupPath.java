package org.backupadvisor.netbackup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;

/**
 * NetBackup's concurrency as stream limits (research §2): the jobs the policies writing to a storage unit can start
 * (max jobs per policy, per client, multiple data streams), the storage unit's concurrent jobs (or, on tape, drives
 * × multiplexing), and the disk pool's maximum I/O streams. One backup path per storage unit that a policy writes to;
 * its destination is the disk pool's storage server or the share a BasicDisk path names.
 */
final class NetBackupPath {
    private NetBackupPath() {
    }

    static List<BackupPath> all(NetBackupEnvironment env, Measurements m) {
        List<BackupPath> out = new ArrayList<>();
        for (UnitPath sp : env.unitPaths()) {
            if (sp.policies().isEmpty()) {
                continue;
            }
            List<Endpoint> endpoints = new ArrayList<>();
            StorageUnit u = sp.unit();
            if (u.getHost() != null && !u.getHost().startsWith("*")) {
                endpoints.add(Endpoint.mediaServer(u.getHost()));
            }
            NetBackupEnvironment.Destination d = sp.destination();
            if (d != null && !"tape".equals(d.protocol())) {
                endpoints.add(Endpoint.destination(d.protocol(), d.host(), d.share()));
            }
            out.add(new BackupPath("storage unit " + u.objectId(), NetBackupPlugin.ID, Phase.BACKUP, of(env, sp), endpoints));
        }
        return out;
    }

    static ThroughputPath of(NetBackupEnvironment env, UnitPath sp) {
        List<StreamLimit> limits = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        StorageUnit u = sp.unit();
        assumptions.add("models the " + sp.policies().size() + " policy(ies) writing to storage unit " + u.objectId()
                + " concurrently");

        // Client side: the jobs the policies can start (research §2: per policy, per client, multiple data streams).
        int perClient = env.maxJobsPerClient();
        if (env.config() == null) {
            assumptions.add("bpconfig -U not exported: Maximum jobs per client taken as its default 1");
        }
        long jobs = 0;
        List<String> why = new ArrayList<>();
        Set<String> knobs = new java.util.LinkedHashSet<>();
        knobs.add(NetBackupPlugin.ID + ".config." + MasterConfig.MAX_JOBS_PER_CLIENT);
        boolean anyClients = false;
        for (Policy p : sp.policies()) {
            knobs.add(knob(p, Policy.MAX_JOBS_PER_POLICY));
            knobs.add(knob(p, Policy.ALLOW_MULTIPLE_DATA_STREAMS));
            if (p.getClients().isEmpty()) {
                assumptions.add("policy " + p.objectId() + " lists no clients: its jobs are not counted");
                continue;
            }
            anyClients = true;
            int streams = Math.min(p.getStreamsPerClient(), perClient);
            long byClients = (long) p.getClients().size() * streams;
            Integer limit = p.getMaxJobsPerPolicy();
            long started = limit == null ? byClients : Math.min(limit, byClients);
            jobs += started;
            if (why.size() < 4) {
                why.add(p.objectId() + ": " + p.getClients().size() + " client(s) × " + streams + " stream(s)"
                        + (p.getStreamsPerClient() > perClient ? " (max jobs per client " + perClient + ")" : "")
                        + (p.isMultipleDataStreams() ? "" : " (multiple data streams off)")
                        + (limit == null ? "" : ", max jobs/policy " + limit) + " = " + started);
            }
        }
        if (anyClients) {
            int n = (int) Math.min(Integer.MAX_VALUE, jobs);
            limits.add(new StreamLimit(Stage.CLIENT, "jobs the policies start", n, "jobs the policies start "
                    + n + " (" + String.join("; ", why) + ")", knobs));
        }

        if (u.isTape()) {
            int drives = u.getDrives() == null ? 1 : u.getDrives();
            int mpx = Math.max(1, u.getMaxMpx() == null ? 1 : u.getMaxMpx());
            Integer sched = sp.policies().stream().map(Policy::getMaximumMpx).filter(x -> x != null).max(Integer::compare).orElse(null);
            int effective = sched == null ? mpx : Math.max(1, Math.min(mpx, sched));
            limits.add(new StreamLimit(Stage.TARGET_DEVICE, "drive streams", drives * effective, drives
                    + " drive(s) × multiplexing " + effective + " (storage unit Max MPX/drive " + mpx
                    + (sched == null ? "" : ", schedule Maximum MPX " + sched) + ")", Set.of(knob(u, StorageUnit.MAX_MPX))));
        } else {
            Integer cj = u.getMaxConcurrentJobs();
            if (cj == null) {
                assumptions.add("storage unit " + u.objectId() + ": Concurrent Jobs not exported, taken as its default 1");
            }
            int c = cj == null ? 1 : cj;
            limits.add(new StreamLimit(Stage.MEDIA_SERVER, "storage unit concurrent jobs", c, "storage unit "
                    + u.objectId() + " concurrent jobs " + c, Set.of(knob(u, StorageUnit.MAX_CONCURRENT_JOBS))));
        }
        DiskPool pool = sp.pool();
        if (pool != null && pool.getMaxIoStreams() != null) {
            limits.add(new StreamLimit(Stage.TARGET_DEVICE, "disk pool max I/O streams", pool.getMaxIoStreams(),
                    "disk pool " + pool.objectId() + " Max IO Streams " + pool.getMaxIoStreams(),
                    Set.of(knob(pool, DiskPool.MAX_IO_STREAMS))));
        }
        NetBackupEnvironment.Destination d = sp.destination();
        if (d == null && !u.isTape()) {
            assumptions.add("storage unit " + u.objectId() + ": no share path or storage server in the exports, so "
                    + "its destination is not known (export bpstulist -U with nbdevquery -listdp -U)");
        }
        return new ThroughputPath(limits, List.of(), assumptions);
    }

    static String knob(NetBackupObject o, String field) {
        return Recommendation.knob(o.product() + "." + o.objectType() + "." + field, o.objectId());
    }
}
