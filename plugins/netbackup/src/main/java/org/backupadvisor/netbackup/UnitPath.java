package org.backupadvisor.netbackup;

import java.util.List;

/**
 * A storage unit joined to what stands behind it and what writes to it: its disk pool, its destination (protocol,
 * host, share) and the active policies whose residence it is. A fact for the rules; the path model reads it too.
 */
public record UnitPath(StorageUnit unit, DiskPool pool, NetBackupEnvironment.Destination destination, List<Policy> policies) {
    public UnitPath {
        policies = List.copyOf(policies);
    }

    /** The storage unit ("unit" is a word of the rule language, so rules bind storageUnit). */
    public StorageUnit getStorageUnit() {
        return unit;
    }

    public DiskPool getPool() {
        return pool;
    }

    /** smb, nfs, ost or tape; null when the exports do not say where the storage unit writes. */
    public String getProtocol() {
        return destination == null ? null : destination.protocol();
    }

    public String getDestinationHost() {
        return destination == null ? null : destination.host();
    }

    public int getPolicyCount() {
        return policies.size();
    }

    /** The most streams one client's backup makes among the policies (multiple data streams × NEW_STREAM). */
    public int getMaxStreamsPerClient() {
        return policies.stream().mapToInt(Policy::getStreamsPerClient).max().orElse(1);
    }

    /**
     * The jobs the policies writing here can start at once: per policy, clients × streams per client, capped by its
     * max jobs per policy (research §2 [ADM-ljp] [ADM-mds2]); policies without clients count nothing. The global
     * Maximum jobs per client (bpconfig) is not applied here: the path model applies it.
     */
    public long getJobsOffered() {
        long jobs = 0;
        for (Policy p : policies) {
            long byClients = (long) p.getClients().size() * p.getStreamsPerClient();
            Integer limit = p.getMaxJobsPerPolicy();
            jobs += limit == null ? byClients : Math.min(limit, byClients);
        }
        return jobs;
    }

    /** The lowest schedule Maximum MPX among the policies (null when none is exported). */
    public Integer getLowestScheduleMpx() {
        return policies.stream().flatMap(p -> p.getScheduleMpx().stream()).min(Integer::compare).orElse(null);
    }
}
