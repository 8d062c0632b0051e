package org.backupadvisor.netbackup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;

/**
 * One NetBackup domain as the bundle describes it, joined policy → residence (storage unit) → disk pool → storage
 * server; the storage server (or the share host of a BasicDisk path) is the destination of the path.
 */
public final class NetBackupEnvironment implements ProductEnvironment {
    private static final Pattern UNC = Pattern.compile("^\\\\\\\\([^\\\\]+)\\\\([^\\\\]+).*$");
    private static final Pattern NFS = Pattern.compile("^([A-Za-z0-9_.-]+):(/.*)$");
    private static final List<String> NOT_OST = List.of("AdvancedDisk", "PureDisk", "BasicDisk", "DataDomain");

    private final List<Policy> policies;
    private final List<StorageUnit> units;
    private final List<DiskPool> pools;
    private final List<StorageServer> servers;
    private final MasterConfig config;
    private final List<TouchFiles> touchFiles;
    private final List<ParsedInput> inputs;
    private final List<String> notes;
    private final Measurements measured;

    NetBackupEnvironment(List<Policy> policies, List<StorageUnit> units, List<DiskPool> pools,
                         List<StorageServer> servers, MasterConfig config, List<TouchFiles> touchFiles,
                         List<ParsedInput> inputs, List<String> notes, Measurements measured) {
        this.measured = measured;
        this.policies = List.copyOf(policies);
        this.units = List.copyOf(units);
        this.pools = List.copyOf(pools);
        this.servers = List.copyOf(servers);
        this.config = config;
        this.touchFiles = List.copyOf(touchFiles);
        this.inputs = List.copyOf(inputs);
        this.notes = List.copyOf(notes);
    }

    /** Where a storage unit's data goes: protocol (smb, nfs, ost), host, share or pool. */
    public record Destination(String protocol, String host, String share) {
    }

    @Override
    public String product() {
        return NetBackupPlugin.ID;
    }

    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>();
        out.addAll(policies);
        out.addAll(units);
        out.addAll(pools);
        out.addAll(servers);
        if (config != null) {
            out.add(config);
        }
        out.addAll(touchFiles);
        return out;
    }

    @Override
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(objects());
        out.addAll(unitPaths());
        return out;
    }

    public List<Policy> policies() {
        return policies;
    }

    public List<StorageUnit> units() {
        return units;
    }

    public MasterConfig config() {
        return config;
    }

    public List<TouchFiles> touchFiles() {
        return touchFiles;
    }

    public DiskPool pool(String name) {
        return name == null ? null : pools.stream().filter(p -> p.objectId().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    StorageServer server(String name) {
        return name == null ? null : servers.stream().filter(s -> s.objectId().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** Every storage unit with the policies whose residence it is. */
    public List<UnitPath> unitPaths() {
        List<UnitPath> out = new ArrayList<>();
        for (StorageUnit u : units) {
            List<Policy> ps = policies.stream().filter(p -> p.getResidence() != null
                    && p.getResidence().equalsIgnoreCase(u.objectId()) && !Boolean.FALSE.equals(p.getActive())).toList();
            out.add(new UnitPath(u, pool(u.getDiskPool()), destination(u), ps));
        }
        return out;
    }

    Destination destination(StorageUnit u) {
        if (u.isTape()) {
            return new Destination("tape", u.getHost(), null);
        }
        DiskPool pool = pool(u.getDiskPool());
        String path = u.getPath();
        String host = null;
        String share = null;
        String proto = null;
        if (path != null) {
            Matcher m = UNC.matcher(path.trim());
            Matcher n = NFS.matcher(path.trim());
            if (m.matches()) {
                proto = "smb";
                host = m.group(1);
                share = m.group(2);
            } else if (n.matches()) {
                proto = "nfs";
                host = n.group(1);
                share = n.group(2);
            }
        }
        if (pool != null && pool.getStorageServer() != null) {
            host = pool.getStorageServer();
            share = pool.objectId();
            StorageServer sts = server(host);
            if (isOst(pool.getDiskType()) || sts != null && sts.isOpenStorage()) {
                proto = "ost";
            }
        }
        if (u.isOpenStorage()) {
            proto = "ost";
        }
        return proto == null || host == null ? null : new Destination(proto, host, share);
    }

    static boolean isOst(String diskType) {
        if (diskType == null) {
            return false;
        }
        return diskType.toLowerCase(Locale.ROOT).contains("altavault") || diskType.startsWith(StorageUnit.OPEN_STORAGE)
                || NOT_OST.stream().noneMatch(diskType::equalsIgnoreCase) && !diskType.isBlank()
                && Character.isUpperCase(diskType.charAt(0)) && diskType.contains("-");
    }

    /** Max jobs per client: "Max Simultaneous Jobs/Client" of bpconfig, else the vendor default 1. */
    public int maxJobsPerClient() {
        return config == null || config.getMaxJobsPerClient() == null ? 1 : Math.max(1, config.getMaxJobsPerClient());
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
        List<String> out = new ArrayList<>(notes);
        for (Policy p : policies) {
            if (p.getResidence() == null) {
                out.add("policy " + p.objectId() + ": residence '(specific storage unit not required)': not joined to a storage unit");
            } else if (units.stream().noneMatch(u -> u.objectId().equalsIgnoreCase(p.getResidence()))) {
                out.add("policy " + p.objectId() + ": residence " + p.getResidence() + (p.isResidenceIsSlp()
                        ? " is a storage lifecycle policy (nbstl -L is not read)" : " is not in the bpstulist -U export"));
            }
        }
        return out;
    }

    @Override
    public NetBackupEnvironment apply(List<Recommendation> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        return new NetBackupEnvironment(changed(policies, changes), changed(units, changes), changed(pools, changes),
                servers, config == null ? null : changed(List.of(config), changes).get(0), changed(touchFiles, changes),
                inputs, notes, measured);
    }

    @SuppressWarnings("unchecked")
    private static <T extends NetBackupObject> List<T> changed(List<T> objects, List<Recommendation> changes) {
        List<T> out = new ArrayList<>(objects.size());
        for (T o : objects) {
            T c = o;
            for (Recommendation r : changes) {
                if (r.getObject().product().equals(NetBackupPlugin.ID) && r.getObject().objectType().equals(o.objectType())
                        && r.getObjectId().equals(o.objectId())) {
                    c = (T) c.with(r.getField(), r.getRecommended());
                }
            }
            out.add(c);
        }
        return out;
    }
}
