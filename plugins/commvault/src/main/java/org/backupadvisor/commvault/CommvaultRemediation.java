package org.backupadvisor.commvault;

import java.util.List;
import java.util.Map;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.spi.Remediation.Restart;
import org.backupadvisor.core.spi.Remediation.Step;
import org.backupadvisor.core.spi.Remediation.Step.Kind;

/**
 * How to apply and roll back each Commvault setting: the CommCell Console path an admin clicks, and the REST call
 * (the same body the GET returned, with the one field changed) for change automation.
 */
final class CommvaultRemediation {
    private record Where(String console, String restPath, String body) {
    }

    private static final Map<String, Where> WHERE = Map.ofEntries(
            Map.entry("subclient.numberOfBackupStreams", new Where(
                    "Subclient Properties → General → Number of Data Readers",
                    "POST /Subclient/%s", "{\"subClientProperties\":{\"commonProperties\":{\"numberOfBackupStreams\":%s}}}")),
            Map.entry("subclient.allowMultipleDataReaders", new Where(
                    "Subclient Properties → General → Allow multiple data readers within a drive or mount point",
                    "POST /Subclient/%s", "{\"subClientProperties\":{\"commonProperties\":{\"allowMultipleDataReaders\":%s}}}")),
            Map.entry("subclient.networkAgents", new Where(
                    "Subclient Properties → Storage Device → Data Transfer Option → Resource Tuning → Network Agents",
                    "POST /Subclient/%s", "{\"subClientProperties\":{\"commonProperties\":{\"storageDevice\":{\"networkAgents\":%s}}}}")),
            Map.entry("subclient.applicableReadSize", new Where(
                    "Subclient Properties → Storage Device → Data Transfer Option → Application Read Size",
                    "POST /Subclient/%s", "{\"subClientProperties\":{\"commonProperties\":{\"storageDevice\":{\"applicableReadSize\":%s}}}}")),
            Map.entry("subclient.throttleNetworkBandwidth", new Where(
                    "Subclient Properties → Storage Device → Data Transfer Option → Throttle Network Bandwidth (MB/HR)",
                    "POST /Subclient/%s", "{\"subClientProperties\":{\"commonProperties\":{\"storageDevice\":{\"throttleNetworkBandwidth\":%s}}}}")),
            Map.entry("storagePolicy.numberOfStreams", new Where(
                    "Storage Policy Properties → General → Device Streams",
                    "PUT /V2/StoragePolicy/%s", "{\"numberOfStreams\":%s}")),
            Map.entry("storagePolicy.randomizeStream", new Where(
                    "Storage Policy Properties → Advanced → Enable Stream Randomization",
                    "PUT /V2/StoragePolicy/%s", "{\"randomizeStream\":%s}")),
            Map.entry("storagePolicy.incrementalStoragePolicy", new Where(
                    "Storage Policy Properties → Advanced → Incremental Storage Policy (select a policy, then apply the same "
                            + "stream, randomization and copy settings to it)",
                    "qoperation execute -af update_sp.xml", "<App_UpdateStoragePolicyReq><StoragePolicy><storagePolicyName>%2$s"
                            + "</storagePolicyName><incrementalStoragePolicy><storagePolicyName>%3$s</storagePolicyName>"
                            + "</incrementalStoragePolicy></StoragePolicy></App_UpdateStoragePolicyReq>")),
            Map.entry("copy.multiplexingFactor", new Where(
                    "Storage Policy Copy Properties → Media → Enable Multiplexing, Multiplexing Factor",
                    "PUT /V2/StoragePolicy/%s", "{\"storagePolicyCopyInfo\":{\"mediaProperties\":{\"multiplexingFactor\":%s}}}")),
            Map.entry("copy.useStreamsOverMultiplexing", new Where(
                    "Storage Policy Copy Properties → Media → Use device streams rather than multiplexing if possible",
                    "PUT /V2/StoragePolicy/%s", "{\"storagePolicyCopyInfo\":{\"copyFlags\":{\"useStreamsOverMultiplexing\":%s}}}")),
            Map.entry("copy.chunkSizeMB", new Where(
                    "Storage Policy Copy Properties → Data Paths → Properties → Chunk Size (and Control Panel → Media "
                            + "Management → Chunk Size for the agent type, tape)",
                    "PUT /V2/StoragePolicy/%s", "{\"storagePolicyCopyInfo\":{\"dataPathProperties\":[{\"chunkSizeMB\":%s}]}}")),
            Map.entry("mediaAgent.parallelDataTransferOperations", new Where(
                    "MediaAgent Properties → Control → Maximum number of parallel data transfer operations → Restrict to",
                    "PUT /V4/mediaAgent/%s", "{\"control\":{\"parallelDataTransferOperations\":%s}}")),
            Map.entry("plan.deviceStreams", new Where(
                    "Command Center → Protect → Plans → (plan) → Backup destinations → Device streams",
                    "PUT /V4/ServerPlan/%s", "{\"settings\":{\"deviceStreams\":%s}}")),
            Map.entry("mediaAgent.optimizeForConcurrentLANBackups", new Where(
                    "MediaAgent Properties → Control → Data Transfer → Optimize for concurrent LAN backups",
                    "PUT /V4/mediaAgent/%s", "{\"control\":{\"optimizeForConcurrentLANBackups\":%s}}")));

    private CommvaultRemediation() {
    }

    static Remediation of(Recommendation r) {
        CommvaultObject o = (CommvaultObject) r.getObject();
        Where w = WHERE.get(o.objectType() + "." + r.getField());
        if (w == null) {
            return new Remediation("Set " + r.getField() + " of " + o.objectType() + " " + o.objectId() + " to "
                    + r.getRecommended() + " in the CommCell Console.", "Set it back to " + r.getCurrent() + ".");
        }
        String id = restId(o);
        String rest = String.format(w.restPath(), id);
        if (r.getField().equals(StoragePolicy.INCREMENTAL_STORAGE_POLICY)) {
            return new Remediation(List.of(
                    Step.of(Kind.CONSOLE, "CommCell Console: " + w.console() + " on " + o.objectId()
                            + " (after creating the incremental policy, e.g. on disk)"),
                    Step.of(Kind.REST, "Or " + w.restPath() + " with "
                            + String.format(w.body(), "", o.objectId(), o.objectId() + "-Incr"))),
                    List.of(Step.of(Kind.CONSOLE, "Clear Incremental Storage Policy on " + o.objectId()
                            + " (Storage Policy Properties → Advanced); incrementals then go to the primary copy again.")),
                    List.of(Step.of(Kind.NOTE, "The next incremental job of a subclient on " + o.objectId()
                            + " runs on the incremental policy (Job Controller shows its storage policy).")),
                    Restart.NONE);
        }
        List<Step> apply = List.of(
                Step.of(Kind.CONSOLE, "CommCell Console: " + w.console() + " = " + r.getRecommended() + " on "
                        + o.objectType() + " " + o.objectId() + "."),
                Step.of(Kind.REST, "Or REST: " + rest + " " + String.format(w.body(), json(r.getRecommended()))));
        List<Step> rollback = List.of(r.getCurrent() == null
                ? Step.of(Kind.CONSOLE, "Set " + w.console() + " back to its default (the export did not carry a value).")
                : Step.of(Kind.REST, "Set " + w.console() + " back to " + r.getCurrent() + ": " + rest + " "
                        + String.format(w.body(), json(r.getCurrent()))));
        List<Step> verify = List.of(Step.of(Kind.REST, "GET " + rest.replaceFirst("^(POST|PUT) ", "")
                + " shows " + r.getField() + " = " + r.getRecommended() + "; the next job uses it (no restart needed)."));
        return new Remediation(apply, rollback, verify, Restart.NONE);
    }

    private static String restId(CommvaultObject o) {
        if (o instanceof Subclient sc) {
            Object id = sc.field(Subclient.SUBCLIENT_ID);
            return id == null ? "{subclientId}" : id.toString();
        }
        if (o instanceof StoragePolicy sp) {
            return sp.getStoragePolicyId() == null ? "{storagePolicyId}" : sp.getStoragePolicyId().toString();
        }
        if (o instanceof StoragePolicyCopy c) {
            Object copyId = c.field(StoragePolicyCopy.COPY_ID);
            Object spId = c.field(StoragePolicyCopy.STORAGE_POLICY_ID);
            return (spId == null ? "{storagePolicyId}" : spId) + "/Copy/" + (copyId == null ? "{copyId}" : copyId);
        }
        if (o instanceof ServerPlan plan) {
            Object id = plan.field(ServerPlan.PLAN_ID);
            return id == null ? "{planId}" : id.toString();
        }
        if (o instanceof MediaAgent ma) {
            Object id = ma.field(MediaAgent.MEDIA_AGENT_ID);
            return id == null ? "{mediaAgentId}" : id.toString();
        }
        return "{id}";
    }

    private static String json(Object v) {
        return v instanceof String s ? "\"" + s.replace("\"", "\\\"") + "\"" : String.valueOf(v);
    }
}
