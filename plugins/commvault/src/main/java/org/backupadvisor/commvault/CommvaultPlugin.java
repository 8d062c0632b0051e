package org.backupadvisor.commvault;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.engine.VersionScheme;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/** Commvault: REST API responses and qoperation XML (research/commvault.md). */
public final class CommvaultPlugin implements ProductPlugin {
    public static final String ID = "commvault";

    /** Markers of the document types {@link CommvaultParser} reads; any one of them makes the file ours to try. */
    private static final List<String> MARKERS = List.of("subClientProperties", "App_UpdateStoragePolicyReq",
            "App_UpdateStoragePolicyCopyReq", "storagePolicyCopyInfo", "StoragePolicyCopy",
            "parallelDataTransferOperations", "optimizeForConcurrentLANBackups", "mediaAgentList", "backupContent",
            "backupDestinations", "libraryInfo", "storagePoolList", "storagePoolDetails");
    /**
     * Keys other JSON uses too ("policies" in IAM documents, "jobSummary" in CI exports): ours only beside the field
     * Commvault always writes with them.
     */
    private static final java.util.Map<String, String> WEAK_MARKERS = java.util.Map.of("\"policies\"", "storagePolicyName",
            "<policies", "storagePolicyName", "jobSummary", "jobId");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Commvault";
    }

    @Override
    public List<String> formats() {
        return java.util.Arrays.stream(CommvaultParser.Kind.values()).map(k -> k.format + " (JSON or XML)").toList();
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        if (!file.looksLikeJson() && !file.looksLikeXml()) {
            return Optional.empty();
        }
        String head = file.head(64 * 1024);
        if (head.contains("\"@{") || notCurrentState(head).isPresent()) {
            // PowerShell ConvertTo-Json at its default depth ("@{...}" strings), templates and create requests carry
            // no current state: left unclaimed, the file is reported as what it is (explain below).
            return Optional.empty();
        }
        for (String marker : MARKERS) {
            if (head.contains(marker)) {
                return Optional.of(new Detection(80, "commvault"));
            }
        }
        for (var weak : WEAK_MARKERS.entrySet()) {
            if (head.contains(weak.getKey()) && head.contains(weak.getValue())) {
                return Optional.of(new Detection(70, "commvault"));
            }
        }
        // A V2 plan GET: {"plan": {"summary": {"plan": {"planName": ...}}}}
        if (head.contains("\"summary\"") && head.contains("\"planName\"") && !head.contains("\"plans\"")) {
            return Optional.of(new Detection(60, "commvault"));
        }
        // A V4 MediaAgent GET always has general and control, even when control omits the tuning fields.
        if (head.contains("\"general\"") && head.contains("\"control\"")) {
            return Optional.of(new Detection(60, "commvault"));
        }
        return Optional.empty();
    }

    /**
     * Commvault's error bodies, saved in place of a response: REST {@code {"errorCode": 2, "errorMessage": ...}}
     * (also {@code errorString}, or wrapped in {@code response}) and qoperation {@code <EVGui_GenericResp errorCode=...
     * errorMessage=.../>}.
     */
    /** Documents that look like Commvault's but describe no current state: a template, or a request that creates. */
    private static Optional<String> notCurrentState(String head) {
        if (head.contains("{{") && head.contains("}}")) {
            return Optional.of("a template with {{placeholders}}, not the current state: fill it in, or export the "
                    + "object with a GET");
        }
        // qoperation's batch form: one update for every subclient of a client group, named by the group only.
        if (head.contains("App_UpdateSubClientPropertiesRequest") && head.contains("clientGroupName")
                && !head.contains("clientName=") && !head.contains("<clientName>") && !head.contains("\"clientName\"")) {
            return Optional.of("a client-group batch request (App_UpdateSubClientPropertiesRequest for a clientGroupName): "
                    + "it names no subclient, and the advisor reads each subclient's own state; export GET /Subclient/{id} "
                    + "(or GET /Subclient?clientId=...) for the group's subclients");
        }
        for (String create : List.of("App_CreateSubClientRequest", "App_CreateStoragePolicyReq", "App_CreateStoragePolicyCopyReq")) {
            if (head.contains(create)) {
                return Optional.of("a " + create + " (a create request), not the current state: export the object with "
                        + "a GET or an App_Update... document");
            }
        }
        return Optional.empty();
    }

    /**
     * Commvault responses the analysis does not use, said by name so the admin knows it was seen (GET /Client,
     * GET /AlertRule, GET /V2/Plan without an id, and the entityInfo lists such as GET /Library or GET /MediaAgent).
     */
    private static Optional<String> unusedResponse(String head) {
        if (head.contains("\"clientProperties\"") || head.contains("<clientProperties")) {
            return Optional.of("a Commvault GET /Client response: clients carry no tuning setting the analysis reads "
                    + "(export GET /Subclient/{id} for each subclient)");
        }
        if (head.contains("\"alertList\"") || head.contains("<alertList")) {
            return Optional.of("a Commvault GET /AlertRule response: alerts are not used by the analysis");
        }
        if (head.contains("\"plans\"") && head.contains("\"planName\"")) {
            return Optional.of("a Commvault plan list (GET /V2/Plan): names only; export GET /V2/Plan/{id} or "
                    + "GET /V4/ServerPlan/{id} for each plan");
        }
        if (head.contains("\"entityInfo\"")) {
            return Optional.of("a Commvault list response (entityInfo names and ids only, as GET /Library returns): "
                    + "export the detail GET of each object, e.g. GET /Library/{id}");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> explain(InputFile file) {
        if (!file.looksLikeJson() && !file.looksLikeXml()) {
            return Optional.empty();
        }
        Optional<String> notState = notCurrentState(file.head(64 * 1024));
        if (notState.isPresent()) {
            return notState;
        }
        Optional<String> unused = unusedResponse(file.head(64 * 1024));
        if (unused.isPresent()) {
            return unused;
        }
        if (file.content().length > 64 * 1024) {
            return Optional.empty();
        }
        try {
            org.backupadvisor.core.input.Node root = org.backupadvisor.core.input.Trees.read(file);
            for (String prefix : List.of("", "response/", "EVGui_GenericResp/", "item/", "response/item/")) {
                Optional<String> code = root.text(prefix + "errorCode");
                Optional<String> message = root.text(prefix + "errorMessage").or(() -> root.text(prefix + "errorString"));
                if (code.isPresent() && message.isPresent()) {
                    return Optional.of("a Commvault error response (errorCode " + code.get() + ": " + message.get()
                            + "), not the object: repeat the request");
                }
            }
        } catch (org.backupadvisor.core.input.InputException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new CommvaultParser().parse(files);
    }

    @Override
    public List<BackupPath> paths(ProductEnvironment env, Measurements m) {
        return CommvaultPath.all((CommvaultEnvironment) env, m);
    }

    /** The first path's own stages (without what the core composes in): kept for tests of the Commvault model. */
    @Override
    public ThroughputPath path(ProductEnvironment env, Measurements m) {
        return paths(env, m).stream().findFirst().map(BackupPath::path).orElse(null);
    }

    @Override
    public VersionScheme versionScheme() {
        return CommvaultVersionRange.SCHEME;
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return CommvaultRemediation.of(r);
    }
}
