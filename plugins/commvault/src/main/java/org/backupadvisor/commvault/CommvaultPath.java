package org.backupadvisor.commvault;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.units.DataRate;

/**
 * Commvault's data path as stream limits and capacities (research/commvault.md R1: "Commvault always uses the lowest
 * stream setting across subclient, storage policy, MediaAgent and library"). Models the subclients that write
 * through the first storage policy concurrently, as one backup window does.
 */
final class CommvaultPath {
    private CommvaultPath() {
    }

    /** One backup path per storage policy (or plan) that subclients write through, each with its endpoints. */
    static List<BackupPath> all(CommvaultEnvironment env, Measurements m) {
        List<BackupPath> out = new ArrayList<>();
        for (SubclientGroup g : env.subclientGroups()) {
            DataPath first = env.pathOf(g.first());
            List<Endpoint> endpoints = new ArrayList<>();
            if (first.mediaAgent() != null) {
                endpoints.add(Endpoint.mediaServer(first.mediaAgent().getName()));
            }
            // The client's NICs carry the whole group only when it is the group's one client.
            String maKey = first.mediaAgent() == null ? "" : CommvaultObject.nameKey(first.mediaAgent().getName());
            if (g.clients().size() == 1 && !g.clients().contains(maKey)) {
                endpoints.add(new Endpoint(Endpoint.Role.CLIENT, g.clients().iterator().next(), null, null));
            }
            out.add(new BackupPath(name(first), CommvaultPlugin.ID, Phase.BACKUP, of(env, m, g), endpoints));
        }
        return out;
    }

    private static String name(DataPath first) {
        return first.storagePolicy() != null ? "storage policy " + first.storagePolicy().getName()
                : first.plan() != null ? "server plan " + first.plan().getName()
                : "subclient " + first.subclient().objectId();
    }

    static ThroughputPath of(CommvaultEnvironment env, Measurements m, SubclientGroup g) {
        DataPath first = env.pathOf(g.first());
        StoragePolicy sp = first.storagePolicy();
        ServerPlan plan0 = first.plan();
        List<StreamLimit> limits = new ArrayList<>();
        List<Capacity> caps = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        String groupName = name(first);
        assumptions.add("models the " + g.size() + " subclient(s) writing through " + groupName + " concurrently");

        // Client: data readers, one per mount point unless multiple readers are allowed. The sum reads these
        // settings on every subclient of the group, so the limit names them once, by setting, not per object.
        String detail = g.size() <= 3 ? String.join(" + ", g.readerWhy())
                : "sum of the effective readers of " + g.size() + " subclients";
        limits.add(new StreamLimit(Stage.CLIENT, "data readers", g.readers(), "data readers " + g.readers() + " ("
                + detail + ")", Set.of(setting(Subclient.NUMBER_OF_BACKUP_STREAMS),
                setting(Subclient.ALLOW_MULTIPLE_DATA_READERS))));
        if (g.assumedReaders() > 0) {
            assumptions.add(g.assumedReaders() + " subclient(s) have no explicit reader count (absent or 0 = optimal): "
                    + "assumed one reader per mount point");
        }
        // Throttles cap each subclient, so they cap the total only when every subclient is throttled.
        if (g.throttledCount() == g.size()) {
            String how = g.size() <= 3 ? String.join(" + ", g.throttleWhy()) : g.size() + " throttled subclients";
            caps.add(Capacity.total(Stage.NETWORK, "network throttle", g.throttledBytesPerSecond(), how + " = "
                    + DataRate.ofBytesPerSecond(g.throttledBytesPerSecond()),
                    Set.of(setting(Subclient.THROTTLE_NETWORK_BANDWIDTH), setting(Subclient.NETWORK_AGENTS))));
        }

        // Media server: storage policy device streams, MediaAgent parallel operations.
        if (sp != null) {
            Integer streams = sp.getNumberOfStreams();
            if (streams != null) {
                limits.add(new StreamLimit(Stage.MEDIA_SERVER, "device streams", streams,
                        "storage policy " + sp.getName() + " device streams " + streams,
                        Set.of(knob(sp, StoragePolicy.NUMBER_OF_STREAMS))));
            } else {
                assumptions.add("device streams of " + sp.getName() + " not exported: not limiting");
            }
        } else if (first.plan() != null && first.plan().getDeviceStreams() != null) {
            ServerPlan plan = first.plan();
            limits.add(new StreamLimit(Stage.MEDIA_SERVER, "device streams", plan.getDeviceStreams(),
                    "server plan " + plan.getName() + " device streams " + plan.getDeviceStreams(),
                    Set.of(knob(plan, ServerPlan.DEVICE_STREAMS))));
        } else {
            assumptions.add("no storage policy or server plan device streams in the inputs for "
                    + first.subclient().objectId() + ": device streams not modelled");
        }
        MediaAgent ma = first.mediaAgent();
        StoragePolicyCopy primary = first.copy();
        if (ma == null && primary != null && primary.getMediaAgentName() != null) {
            assumptions.add("MediaAgent " + primary.getMediaAgentName() + " of copy " + primary.objectId()
                    + " is not in the inputs: its parallel operations are not modelled (add GET /V4/mediaAgent/{id})");
        } else if (ma == null && primary != null && env.mediaAgents().size() > 1) {
            assumptions.add("copy " + primary.objectId() + " names no MediaAgent and the inputs hold "
                    + env.mediaAgents().size() + " (" + String.join(", ", env.mediaAgents().stream().limit(4)
                    .map(MediaAgent::getName).toList()) + "): none of their limits is applied to this path");
        }
        if (ma != null) {
            int ops = ma.getEffectiveParallelOperations();
            limits.add(new StreamLimit(Stage.MEDIA_SERVER, "MediaAgent parallel operations", ops, "MediaAgent "
                    + ma.getName() + " parallel data transfer operations " + ops
                    + (ma.getParallelDataTransferOperations() == null ? " (default)" : ""),
                    Set.of(knob(ma, MediaAgent.PARALLEL_DATA_TRANSFER_OPERATIONS),
                            knob(ma, MediaAgent.OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS))));
        }

        // Target device: tape drives × multiplexing; drives in use depend on "use device streams over multiplexing".
        StoragePolicyCopy copy = first.copy();
        Integer drives = m.getTapeDrives();
        boolean toMedia = copy != null || first.plan() != null;
        boolean tape = toMedia && !"disk".equals(first.getMedia()) && drives != null && drives > 0;
        if (tape) {
            int mux = copy == null ? 0 : copy.getMultiplexingFactor();
            boolean streamsOverMux = copy != null && copy.isUseStreamsOverMultiplexing();
            int perDrive = Math.max(1, mux);
            Set<String> copyKnobs = copy == null ? Set.of() : Set.of(knob(copy, StoragePolicyCopy.MULTIPLEXING_FACTOR),
                    knob(copy, StoragePolicyCopy.USE_STREAMS_OVER_MULTIPLEXING));
            // Exports and measurements may hold absurd counts: products saturate instead of overflowing an int.
            int driveStreams = saturated((long) drives * perDrive);
            limits.add(new StreamLimit(Stage.TARGET_DEVICE, "drive streams", driveStreams, drives
                    + " tape drive(s) × " + (mux > 1 ? "multiplexing " + mux : "1 stream each (multiplexing off)")
                    + " = " + driveStreams, copyKnobs));
            Double driveWrite = m.getTapeDriveWrite();
            if (driveWrite != null) {
                int streams = limits.stream().mapToInt(StreamLimit::streams).min().orElse(1);
                int used;
                String how;
                if (mux > 1 && !streamsOverMux) {
                    used = Math.min(drives, (int) Math.ceil(streams / (double) mux));
                    how = used + " of " + drives + " drive(s) in use (multiplexing " + mux
                            + " without 'use device streams rather than multiplexing': streams fill one drive first)";
                } else {
                    used = Math.min(drives, Math.max(1, streams));
                    how = used + " tape drive(s)" + (used < drives ? " of " + drives + " in use" : "");
                }
                double bps = used * driveWrite;
                // With every drive in use only more drives raise this cap: it reads no setting then (hardware binds).
                caps.add(Capacity.total(Stage.TARGET_DEVICE, "tape drives", bps, how + " × "
                        + DataRate.ofBytesPerSecond(driveWrite) + " = " + DataRate.ofBytesPerSecond(bps),
                        used < drives ? copyKnobs : Set.of()));
            } else {
                assumptions.add("tape.driveWrite not measured: tape drive speed not capping the projection");
            }
        } else if (toMedia && !"disk".equals(first.getMedia()) && drives == null) {
            assumptions.add("tape.drives not measured: drive limits not modelled");
        }

        // Measured capacities every product shares (source read, link) are added by the core's PathComposer.
        return new ThroughputPath(limits, caps, assumptions);
    }

    private static String setting(String subclientField) {
        return CommvaultPlugin.ID + ".subclient." + subclientField;
    }

    /**
     * What the path needs from the subclients that write through the first storage policy (or plan): reader and
     * throttle sums. Depends on the subclient list alone, so an environment caches it and a change to a policy,
     * copy or MediaAgent reuses it: pricing those changes on 50,000 subclients costs no pass over them.
     */
    record SubclientGroup(Subclient first, int size, int readers, int assumedReaders, List<String> readerWhy,
                          int throttledCount, double throttledBytesPerSecond, List<String> throttleWhy,
                          java.util.Set<String> clients) {

        /** One group per storage policy (or, for subclients without one, per plan), in order of first appearance. */
        static List<SubclientGroup> all(List<Subclient> subclients) {
            record Key(boolean plan, String name) {
            }
            java.util.Map<Key, List<Subclient>> byKey = new java.util.LinkedHashMap<>();
            for (Subclient sc : subclients) {
                Key key = sc.getStoragePolicyKey().isEmpty() ? new Key(true, sc.getPlanKey()) : new Key(false, sc.getStoragePolicyKey());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(sc);
            }
            return byKey.values().stream().map(SubclientGroup::of).toList();
        }

        private static SubclientGroup of(List<Subclient> subclients) {
            Subclient first = subclients.get(0);
            java.util.Set<String> clients = new java.util.LinkedHashSet<>();
            int size = 0;
            long readers = 0;
            int assumed = 0;
            int throttledCount = 0;
            double throttled = 0;
            List<String> readerWhy = new ArrayList<>();
            List<String> throttleWhy = new ArrayList<>();
            for (Subclient sc : subclients) {
                size++;
                if (clients.size() < 2) {
                    clients.add(CommvaultObject.nameKey(sc.objectId().replaceFirst("/.*$", "")));
                }
                Integer n = sc.getNumberOfBackupStreams();
                int mounts = sc.getMountPoints();
                int configured = n == null || n == 0 ? mounts : n;
                if (n == null || n == 0) {
                    assumed++;
                }
                boolean multi = sc.isAllowMultipleDataReaders();
                int effective = sc.getEffectiveReaders();
                readers += effective;
                if (readerWhy.size() < 4) {
                    String why = sc.objectId() + ": " + (n == null ? "readers not exported, assumed one per mount point"
                            : n == 0 ? "0 = optimal, assumed one per mount point" : "numberOfBackupStreams " + n);
                    if (!multi && configured > effective) {
                        why += ", but allowMultipleDataReaders off and " + mounts + " mount point(s) → " + effective;
                    }
                    readerWhy.add(why);
                }
                Integer throttle = sc.getThrottleNetworkBandwidth();
                if (throttle != null && throttle > 0) {
                    throttledCount++;
                    throttled += throttle * 1e6 / 3600 * sc.getNetworkAgents();
                    if (throttleWhy.size() < 4) {
                        throttleWhy.add("throttle " + throttle + " MB/hr × " + sc.getNetworkAgents() + " network agents");
                    }
                }
            }
            return new SubclientGroup(first, size, saturated(readers), assumed, List.copyOf(readerWhy), throttledCount, throttled,
                    List.copyOf(throttleWhy), java.util.Set.copyOf(clients));
        }
    }

    /** A stream count: sums over 50,000 subclients or absurd exported values stop at Integer.MAX_VALUE. */
    static int saturated(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    static String knob(CommvaultObject o, String field) {
        return Recommendation.knob(o.product() + "." + o.objectType() + "." + field, o.objectId());
    }
}
