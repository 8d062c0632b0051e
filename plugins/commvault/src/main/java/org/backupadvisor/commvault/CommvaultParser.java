package org.backupadvisor.commvault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.FlagVocabulary;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;

/**
 * Reads Commvault REST API responses (JSON or XML, saved exactly as returned) and qoperation XML documents into
 * {@link CommvaultObject}s, joined by name. Field names and nesting: research/commvault.md §1. When one object is
 * described twice, a GET response (the current state) wins over a qoperation/PUT document (an intended state).
 */
final class CommvaultParser {
    /**
     * Commvault's booleans: the common spellings plus qoperation's SET_TRUE/SET_FALSE, and "2", which qoperation
     * templates use for "not set" (the vendor default applies).
     */
    static final FlagVocabulary FLAGS = FlagVocabulary.COMMON.with(Set.of("SET_TRUE"), Set.of("SET_FALSE"), Set.of("2"),
            "expected a flag (0/1, true/false, SET_TRUE/SET_FALSE, or 2 = not set)");

    private static final int GET = 3;
    /** A GET that omits a flag means "off", but an explicit value in another GET still wins. */
    private static final int GET_OMITTED = 2;
    private static final int REQUEST = 1;
    private static final int LISTING = 0;
    /** Derived from another object (a copy's media from its storage pool or library): below anything read directly. */
    private static final int JOINED = -1;

    private final Map<String, Builder> subclients = new LinkedHashMap<>();
    private final Map<String, Builder> policies = new LinkedHashMap<>();
    private final Map<String, Builder> copies = new LinkedHashMap<>();
    private final Map<String, Builder> mediaAgents = new LinkedHashMap<>();
    private final Map<String, Builder> plans = new LinkedHashMap<>();
    private final Map<String, Builder> libraries = new LinkedHashMap<>();
    private final Map<String, Builder> pools = new LinkedHashMap<>();
    private final List<JobHistory.Job> jobs = new ArrayList<>();
    private final List<ParsedInput> inputs = new ArrayList<>();
    /** Copy documents whose policy is named only in the URL they came from: joined by id once every file is read. */
    private final List<Pending> pendingCopies = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A copy node (the {@code copy} of a GET, a bare copy, or an update's storagePolicyCopyInfo) and its rank. */
    private record Pending(Node copy, int priority) {
    }

    CommvaultEnvironment parse(List<InputFile> files) {
        for (InputFile f : files) {
            Node root = Trees.read(f);
            // A JSON array of saved responses ([{...}, {...}]) is several documents in one file.
            List<Node> documents = !root.children().isEmpty() && root.children().stream().allMatch(c -> c.name().equals("item"))
                    ? root.children() : List.of(root);
            String format = null;
            for (Node d : documents) {
                Kind kind = read(f, d);
                format = format == null || format.equals(kind.format) ? kind.format : format + " + " + kind.format;
            }
            inputs.add(new ParsedInput(f.name(), format, f.content()));
        }
        joinPendingCopies();
        resolveMedia();
        resolvePlanMedia();
        return CommvaultEnvironment.of(
                build(subclients, Subclient::new), build(policies, StoragePolicy::new), build(copies, StoragePolicyCopy::new),
                build(mediaAgents, MediaAgent::new), build(plans, ServerPlan::new),
                tapeDrivesFromLibraries().withDefaults(JobHistory.throughput(jobs)), inputs)
                .withStorage(build(libraries, Library::new), build(pools, StoragePool::new))
                .withNotes(notes);
    }

    private Kind read(InputFile f, Node root) {
        Kind kind = Kind.of(root).orElseThrow(() -> InputException.at(f.name(), root.line(),
                "not a Commvault document: expected one of " + Kind.expected()));
        Node doc = kind.document(root);
        switch (kind) {
            case SUBCLIENT_GET -> readSubclients(doc, GET);
            case SUBCLIENT_UPDATE -> readSubclientUpdate(doc);
            case POLICY_GET -> readPolicies(doc);
            case POLICY_UPDATE -> readPolicyUpdate(doc);
            case COPY_GET -> readCopy(doc.child("copy").orElseThrow(), GET);
            case COPY_BARE -> readCopy(doc, GET);
            case COPY_UPDATE -> readCopy(doc.child("storagePolicyCopyInfo").orElse(doc), REQUEST);
            case LIBRARY_GET -> readLibrary(doc);
            case STORAGE_POOL_LIST, STORAGE_POOL_GET -> readStoragePools(doc);
            case MEDIA_AGENT_V4 -> readMediaAgentV4(doc);
            case MEDIA_AGENT_V2 -> readMediaAgentsV2(doc);
            case JOBS -> readJobs(doc);
            case SERVER_PLAN -> readServerPlan(doc);
            case PLAN_V2 -> readPlanV2(doc.child("plan").orElseThrow());
        }
        return kind;
    }

    /** The document types we read, recognised by their root structure, JSON or XML alike. */
    enum Kind {
        SUBCLIENT_GET("GET /Subclient/{id}"),
        SUBCLIENT_UPDATE("qoperation App_UpdateSubClientPropertiesRequest"),
        POLICY_GET("GET /V2/StoragePolicy/{id}?propertyLevel=10"),
        POLICY_UPDATE("qoperation App_UpdateStoragePolicyReq"),
        COPY_GET("GET /V2/StoragePolicy/{sp}/Copy/{copy}"),
        COPY_BARE("the copy object of GET /V2/StoragePolicy/{sp}/Copy/{copy} alone (cvpysdk _copy_properties)"),
        COPY_UPDATE("qoperation App_UpdateStoragePolicyCopyReq"),
        MEDIA_AGENT_V4("GET /V4/mediaAgent/{id}"),
        MEDIA_AGENT_V2("GET /V2/MediaAgents/{id}"),
        JOBS("GET /Job"),
        SERVER_PLAN("GET /V4/ServerPlan/{id}"),
        LIBRARY_GET("GET /Library/{id}"),
        PLAN_V2("GET /V2/Plan/{id}?propertyLevel=30"),
        STORAGE_POOL_LIST("GET /StoragePool"),
        STORAGE_POOL_GET("GET /StoragePool/{id}");

        /** Fields only a storage policy copy object has beside StoragePolicyCopy (cvpysdk storage_policies.py). */
        private static final List<String> COPY_FIELDS = List.of("copyFlags", "extendedFlags", "mediaProperties",
                "dataPathConfiguration", "retentionRules", "dedupeFlags", "StoragePolicyFlags", "copyPrecedence",
                "dataPathProperties");

        final String format;

        Kind(String format) {
            this.format = format;
        }

        static String expected() {
            StringBuilder b = new StringBuilder();
            for (Kind k : values()) {
                b.append(b.length() == 0 ? "" : ", ").append(k.format);
            }
            return b.toString();
        }

        /** Recognises the document; XML roots and JSON wrappers are looked through. */
        static Optional<Kind> of(Node root) {
            for (Node n : candidates(root)) {
                if (n.has("subClientProperties")) {
                    return Optional.of(n.name().equals("App_UpdateSubClientPropertiesRequest")
                            || n.has("association") ? SUBCLIENT_UPDATE : SUBCLIENT_GET);
                }
                if (n.name().equals("App_UpdateStoragePolicyReq")) {
                    return Optional.of(POLICY_UPDATE);
                }
                if (n.name().equals("App_UpdateStoragePolicyCopyReq") || n.has("storagePolicyCopyInfo")) {
                    return Optional.of(COPY_UPDATE);
                }
                if (n.has("plan/summary/plan")) {
                    return Optional.of(PLAN_V2);
                }
                if (n.has("libraryInfo/library")) {
                    return Optional.of(LIBRARY_GET);
                }
                if (n.all("storagePoolList").stream().anyMatch(e -> e.has("storagePoolEntity"))) {
                    return Optional.of(STORAGE_POOL_LIST);
                }
                if (n.has("storagePoolDetails")) {
                    return Optional.of(STORAGE_POOL_GET);
                }
                if (isPolicyList(n)) {
                    return Optional.of(POLICY_GET);
                }
                if (n.has("copy/StoragePolicyCopy")) {
                    return Optional.of(COPY_GET);
                }
                if (isBareCopy(n)) {
                    return Optional.of(COPY_BARE);
                }
                if (n.has("control") && (n.has("general") || n.has("name"))) {
                    return Optional.of(MEDIA_AGENT_V4);
                }
                if (n.has("mediaAgentList")) {
                    return Optional.of(MEDIA_AGENT_V2);
                }
                if (isJobList(n)) {
                    return Optional.of(JOBS);
                }
                if (n.has("backupContent") || n.has("backupDestinations") || n.has("settings/deviceStreams")) {
                    return Optional.of(SERVER_PLAN);
                }
            }
            return Optional.empty();
        }

        /** policies[] of storage policies, not any JSON with a "policies" key. */
        private static boolean isPolicyList(Node n) {
            return n.all("policies").stream().anyMatch(p -> p.has("storagePolicy") || p.has("storagePolicyName"));
        }

        /** A copy saved alone: StoragePolicyCopy with its name beside copy-only fields (its retentionRules.jobs is no job list). */
        private static boolean isBareCopy(Node n) {
            return n.text("StoragePolicyCopy/copyName").isPresent() && COPY_FIELDS.stream().anyMatch(n::has);
        }

        /** GET /Job: jobs[].jobSummary or one jobSummary, each naming a job id, not any JSON with those keys. */
        private static boolean isJobList(Node n) {
            return n.all("jobs").stream().anyMatch(j -> j.has("jobSummary/jobId"))
                    || n.has("jobSummary/jobId") || n.all("jobSummary").stream().anyMatch(j -> j.has("jobId"));
        }

        /** The node the readers start from: the wrapper, the XML root element, or the JSON object itself. */
        Node document(Node root) {
            for (Node n : candidates(root)) {
                if (of(n).orElse(null) == this && matchesHere(n)) {
                    return n;
                }
            }
            return root;
        }

        private boolean matchesHere(Node n) {
            return switch (this) {
                case SUBCLIENT_GET, SUBCLIENT_UPDATE -> n.has("subClientProperties");
                case POLICY_UPDATE -> n.name().equals("App_UpdateStoragePolicyReq");
                case COPY_UPDATE -> n.name().equals("App_UpdateStoragePolicyCopyReq") || n.has("storagePolicyCopyInfo");
                case POLICY_GET -> isPolicyList(n);
                case COPY_GET -> n.has("copy/StoragePolicyCopy");
                case COPY_BARE -> isBareCopy(n);
                case LIBRARY_GET -> n.has("libraryInfo/library");
                case PLAN_V2 -> n.has("plan/summary/plan");
                case STORAGE_POOL_LIST -> n.has("storagePoolList");
                case STORAGE_POOL_GET -> n.has("storagePoolDetails");
                case MEDIA_AGENT_V4 -> n.has("control");
                case MEDIA_AGENT_V2 -> n.has("mediaAgentList");
                case JOBS -> isJobList(n);
                case SERVER_PLAN -> n.has("backupContent") || n.has("backupDestinations") || n.has("settings/deviceStreams");
            };
        }

        /** The root, and the wrappers/XML root elements below it, outermost first (at most two levels). */
        private static List<Node> candidates(Node root) {
            List<Node> out = new ArrayList<>();
            out.add(root);
            for (Node c : root.children()) {
                if (c.value() == null) {
                    out.add(c);
                    if (c.name().startsWith("App_") || c.name().endsWith("Response")) {
                        for (Node cc : c.children()) {
                            if (cc.value() == null && cc.name().startsWith("App_")) {
                                out.add(cc);
                            }
                        }
                    }
                }
            }
            return out;
        }
    }

    // ---- subclients -------------------------------------------------------------------------------------------

    private void readSubclients(Node doc, int priority) {
        List<Node> props = doc.all("subClientProperties");
        for (Node p : props) {
            Node entity = p.child("subClientEntity").orElseThrow(() -> p.error(
                    "subClientProperties has no subClientEntity: cannot tell which subclient this is"));
            readSubclient(entity, p, priority);
        }
    }

    private void readSubclientUpdate(Node doc) {
        Node entity = doc.path("association/entity").orElseThrow(() -> doc.error(
                "App_UpdateSubClientPropertiesRequest has no association/entity: cannot tell which subclient it updates"));
        // One entity for every subClientProperties: read once, not once per properties block (a large entity times
        // many blocks was quadratic).
        SubclientEntity e = SubclientEntity.of(entity);
        for (Node p : doc.all("subClientProperties")) {
            readSubclient(e, p, REQUEST);
        }
    }

    /** What identifies a subclient: subClientEntity (GET) or association/entity (update request). */
    private record SubclientEntity(String id, String origin, Integer subclientId, String appName) {
        static SubclientEntity of(Node entity) {
            String client = require(entity, "clientName");
            String subclient = require(entity, "subclientName");
            String backupset = entity.text("backupsetName").orElse("defaultBackupSet");
            return new SubclientEntity(client + "/" + backupset + "/" + subclient, entity.origin(),
                    entity.count("subclientId").orElse(null), entity.text("appName").orElse(null));
        }
    }

    private void readSubclient(Node entity, Node props, int priority) {
        readSubclient(SubclientEntity.of(entity), props, priority);
    }

    private void readSubclient(SubclientEntity entity, Node props, int priority) {
        String id = entity.id();
        Builder b = subclients.computeIfAbsent(CommvaultObject.nameKey(id), k -> new Builder(id, entity.origin()));
        b.set(Subclient.SUBCLIENT_ID, entity.subclientId(), priority);
        b.set(Subclient.APP_NAME, entity.appName(), priority);
        Node common = props.child("commonProperties").orElse(null);
        if (common != null) {
            b.set(Subclient.NUMBER_OF_BACKUP_STREAMS, common.count("numberOfBackupStreams").orElse(null), priority);
            b.set(Subclient.ALLOW_MULTIPLE_DATA_READERS, common.flag("allowMultipleDataReaders", FLAGS).orElse(null), priority);
            Node dev = common.child("storageDevice").orElse(null);
            if (dev != null) {
                b.set(Subclient.STORAGE_DEVICE_EXPORTED, true, priority);
                b.set(Subclient.NETWORK_AGENTS, dev.count("networkAgents").orElse(null), priority);
                b.set(Subclient.APPLICABLE_READ_SIZE, dev.count("applicableReadSize").orElse(null), priority);
                b.set(Subclient.THROTTLE_NETWORK_BANDWIDTH, dev.count("throttleNetworkBandwidth").orElse(null), priority);
                b.set(Subclient.STORAGE_POLICY_NAME, dev.text("dataBackupStoragePolicy/storagePolicyName").orElse(null), priority);
            }
        }
        b.set(Subclient.PLAN_NAME, props.text("planEntity/planName").orElse(null), priority);
        List<String> content = new ArrayList<>();
        for (Node c : props.all("content")) {
            c.text("path").ifPresent(content::add);
        }
        if (!content.isEmpty()) {
            b.set(Subclient.CONTENT, List.copyOf(content), priority);
        }
    }

    // ---- storage policies ---------------------------------------------------------------------------------------

    private void readPolicies(Node doc) {
        for (Node p : doc.all("policies")) {
            String name = p.text("storagePolicy/storagePolicyName").or(() -> p.text("storagePolicyName"))
                    .orElseThrow(() -> p.error("policies[] entry has no storagePolicy/storagePolicyName"));
            Builder b = policies.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, p.origin()));
            b.set(StoragePolicy.STORAGE_POLICY_ID, p.count("storagePolicy/storagePolicyId").orElse(null), GET);
            b.set(StoragePolicy.NUMBER_OF_STREAMS, p.count("numberOfStreams").orElse(null), GET);
            b.set(StoragePolicy.INCREMENTAL_STORAGE_POLICY,
                    p.text("incrementalStoragePolicy/storagePolicyName").orElse(null), GET);
            // A list entry (no id in the request, propertyLevel below 10) carries no copies and no incremental policy;
            // a detail GET or a qoperation document of the same policy outranks it.
            b.set(StoragePolicy.LIST_ENTRY, !p.has("copies"), p.has("copies") ? GET : LISTING);
            policyFlags(b, p, GET);
            for (Node c : p.all("copies")) {
                String copyName = c.text("StoragePolicyCopy/copyName").orElse(null);
                if (copyName != null) {
                    Builder cb = copies.computeIfAbsent(CommvaultObject.nameKey(name + "/" + copyName), k -> new Builder(name + "/" + copyName, c.origin()));
                    cb.set(StoragePolicyCopy.STORAGE_POLICY_NAME, name, LISTING);
                    cb.set(StoragePolicyCopy.COPY_NAME, copyName, LISTING);
                    cb.set(StoragePolicyCopy.COPY_ID, c.count("StoragePolicyCopy/copyId").orElse(null), LISTING);
                    cb.set(StoragePolicyCopy.COPY_PRECEDENCE, c.count("copyPrecedence").orElse(null), LISTING);
                    cb.set(StoragePolicyCopy.STORAGE_POLICY_ID, p.count("storagePolicy/storagePolicyId").orElse(null), LISTING);
                    storage(cb, c, LISTING);
                }
            }
        }
    }

    private void readPolicyUpdate(Node doc) {
        String name = doc.text("StoragePolicy/storagePolicyName").or(() -> doc.text("storagePolicyName"))
                .orElseThrow(() -> doc.error("App_UpdateStoragePolicyReq has no StoragePolicy/storagePolicyName"));
        Builder b = policies.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, doc.origin()));
        b.set(StoragePolicy.STORAGE_POLICY_ID, doc.count("StoragePolicy/storagePolicyId").orElse(null), REQUEST);
        b.set(StoragePolicy.NUMBER_OF_STREAMS, doc.count("numberOfStreams").orElse(null), REQUEST);
        b.set(StoragePolicy.LIST_ENTRY, false, REQUEST);
        b.set(StoragePolicy.INCREMENTAL_STORAGE_POLICY,
                doc.text("StoragePolicy/incrementalStoragePolicy/storagePolicyName")
                        .or(() -> doc.text("incrementalStoragePolicy/storagePolicyName")).orElse(null), REQUEST);
        policyFlags(b, doc, REQUEST);
    }

    /** randomizeStream sits on the policy, under flag/ (update requests) or StoragePolicyFlags/ (copy GET). */
    private static void policyFlags(Builder b, Node n, int priority) {
        Optional<Boolean> r = n.flag("randomizeStream", FLAGS).or(() -> n.flag("flag/randomizeStream", FLAGS))
                .or(() -> n.flag("StoragePolicyFlags/randomizeStream", FLAGS));
        b.set(StoragePolicy.RANDOMIZE_STREAM, r.orElse(null), priority);
    }

    // ---- copies ---------------------------------------------------------------------------------------------------

    private void readCopy(Node c, int priority) {
        Optional<String> named = c.text("StoragePolicyCopy/storagePolicyName");
        if (named.isEmpty()) {
            // GET /V2/StoragePolicy/{sp}/Copy/{copy} names the policy in its URL only: join by ids later.
            pendingCopies.add(new Pending(c, priority));
            return;
        }
        readCopy(c, priority, named.get());
    }

    /**
     * Joins copy documents without a policy name through the copy id (or the policy id) the policy GETs list; a copy
     * that cannot be joined is reported and passed over, and the rest of the environment is still analysed.
     */
    private void joinPendingCopies() {
        for (Pending p : pendingCopies) {
            Node c = p.copy();
            Integer copyId = c.count("StoragePolicyCopy/copyId").orElse(null);
            Integer spId = c.count("StoragePolicyCopy/storagePolicyId").orElse(null);
            Optional<String> sp = copies.values().stream()
                    .filter(b -> copyId != null && copyId.equals(b.get(StoragePolicyCopy.COPY_ID)))
                    .map(b -> (String) b.get(StoragePolicyCopy.STORAGE_POLICY_NAME)).filter(java.util.Objects::nonNull)
                    .findFirst()
                    .or(() -> policies.values().stream()
                            .filter(b -> spId != null && spId.equals(b.get(StoragePolicy.STORAGE_POLICY_ID)))
                            .map(b -> b.id).findFirst());
            if (sp.isPresent()) {
                readCopy(c, p.priority(), sp.get());
            } else {
                notes.add("skipped: the copy in " + c.origin() + " (copyId " + copyId + ") — its storage policy is named "
                        + "only in the request URL and no GET /V2/StoragePolicy/{id}?propertyLevel=10 in the inputs lists "
                        + "that copy; add the policy GET to analyse it");
            }
        }
    }

    private void readCopy(Node c, int priority, String sp) {
        String copyName = c.text("StoragePolicyCopy/copyName").orElseThrow(() -> c.error(
                "StoragePolicyCopy/copyName missing"));
        Builder b = copies.computeIfAbsent(CommvaultObject.nameKey(sp + "/" + copyName), k -> new Builder(sp + "/" + copyName, c.origin()));
        b.set(StoragePolicyCopy.STORAGE_POLICY_NAME, sp, priority);
        b.set(StoragePolicyCopy.COPY_NAME, copyName, priority);
        b.set(StoragePolicyCopy.COPY_ID, c.count("StoragePolicyCopy/copyId").orElse(null), priority);
        b.set(StoragePolicyCopy.STORAGE_POLICY_ID, c.count("StoragePolicyCopy/storagePolicyId").orElse(null), priority);
        b.set(StoragePolicyCopy.COPY_PRECEDENCE, c.count("copyPrecedence").orElse(null), priority);
        b.set(StoragePolicyCopy.MULTIPLEXING_FACTOR, c.count("mediaProperties/multiplexingFactor").orElse(null), priority);
        b.set(StoragePolicyCopy.USE_STREAMS_OVER_MULTIPLEXING,
                c.flag("copyFlags/useStreamsOverMultiplexing", FLAGS).orElse(null), priority);
        b.set(StoragePolicyCopy.DEDUPLICATION, c.flag("dedupeFlags/enableDeduplication", FLAGS).orElse(null), priority);
        storage(b, c, priority);
        List<Node> dataPaths = c.all("dataPathProperties");
        if (!dataPaths.isEmpty()) {
            // The first data path is the default one; its chunk size is what the copy writes with.
            Node dp = dataPaths.get(0);
            b.set(StoragePolicyCopy.CHUNK_SIZE_MB, dp.count("chunkSizeMB").orElse(null), priority);
            b.set(StoragePolicyCopy.FLUSH_BLOCK_SIZE_KB, dp.count("flushBlockSizeKB").orElse(null), priority);
            b.set(StoragePolicyCopy.MEDIA_AGENT_NAME, dp.text("mediaAgent/mediaAgentName").orElse(null), priority);
            b.set(StoragePolicyCopy.LIBRARY_NAME, dp.text("library/libraryName").orElse(null), priority);
            if (dp.has("drivePool")) {
                b.set(StoragePolicyCopy.MEDIA, "tape", priority);
            } else if (dp.has("mountPath") || dp.has("mountPathName")) {
                b.set(StoragePolicyCopy.MEDIA, "disk", priority);
            }
        }
        if (Boolean.TRUE.equals(b.get(StoragePolicyCopy.DEDUPLICATION))) {
            b.set(StoragePolicyCopy.MEDIA, "disk", priority);
        }
        // The copy GET carries the policy's stream randomization flag; GET output omits flags that are off.
        if (c.has("StoragePolicyFlags")) {
            Builder pb = policies.computeIfAbsent(CommvaultObject.nameKey(sp), k -> new Builder(sp, c.origin()));
            policyFlags(pb, c, priority);
            if (priority == GET && c.flag("StoragePolicyFlags/randomizeStream", FLAGS).isEmpty()) {
                pb.set(StoragePolicy.RANDOMIZE_STREAM, false, GET_OMITTED);
            }
            pb.set(StoragePolicy.STORAGE_POLICY_ID, c.count("StoragePolicyCopy/storagePolicyId").orElse(null), LISTING);
        }
    }

    /** Where a copy writes, as copies[] entries and copy GETs name it: MediaAgent, library, storage pool, drive pool. */
    private static void storage(Builder b, Node c, int priority) {
        b.set(StoragePolicyCopy.MEDIA_AGENT_NAME, c.text("mediaAgent/mediaAgentName").orElse(null), priority);
        b.set(StoragePolicyCopy.LIBRARY_NAME, c.text("library/libraryName").orElse(null), priority);
        b.set(StoragePolicyCopy.STORAGE_POOL_NAME, c.text("storagePool/storagePoolName")
                .or(() -> c.text("storagePool/name")).orElse(null), priority);
        if (c.text("drivePool/drivePoolName").isPresent() || c.count("drivePool/drivePoolId").orElse(0) > 0) {
            b.set(StoragePolicyCopy.MEDIA, "tape", priority);
        }
    }

    // ---- libraries and storage pools ----------------------------------------------------------------------------

    private void readLibrary(Node doc) {
        Node info = doc.child("libraryInfo").orElseThrow();
        String name = info.text("library/libraryName").orElseThrow(() -> info.error(
                "libraryInfo/library has no libraryName: cannot tell which library this is"));
        Builder b = libraries.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, info.origin()));
        b.set(Library.LIBRARY_ID, info.count("library/libraryId").orElse(null), GET);
        List<Node> drives = info.all("DriveList");
        List<Node> mountPaths = info.all("MountPathList");
        if (!drives.isEmpty()) {
            b.set(Library.MEDIA, "tape", GET);
            b.set(Library.DRIVES, (int) drives.stream().filter(d -> !d.children().isEmpty() || d.value() != null).count(), GET);
        } else if (!mountPaths.isEmpty() || info.has("magLibSummary")) {
            b.set(Library.MEDIA, "disk", GET);
            b.set(Library.MOUNT_PATHS, mountPaths.isEmpty() ? null : mountPaths.size(), GET);
        }
    }

    private void readStoragePools(Node doc) {
        for (Node e : doc.all("storagePoolList")) {
            readStoragePool(e, e.path("storagePoolEntity").orElseThrow(() -> e.error(
                    "storagePoolList entry has no storagePoolEntity: cannot tell which pool this is")));
        }
        doc.child("storagePoolDetails").ifPresent(d -> readStoragePool(d, d.path("storagePoolEntity")
                .or(() -> d.path("copyInfo/StoragePolicyCopy")).orElse(d)));
    }

    private void readStoragePool(Node pool, Node entity) {
        String name = entity.text("storagePoolName").or(() -> pool.text("storagePoolName"))
                .or(() -> entity.text("storagePolicyName")).orElseThrow(() -> pool.error(
                        "storage pool without storagePoolEntity/storagePoolName"));
        Builder b = pools.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, pool.origin()));
        b.set(StoragePool.STORAGE_POOL_ID, entity.count("storagePoolId").orElse(null), GET);
        b.set(StoragePool.STORAGE_TYPE, pool.text("storageType").orElse(null), GET);
        b.set(StoragePool.STORAGE_POOL_TYPE, pool.text("storagePoolType").orElse(null), GET);
        b.set(StoragePool.STORAGE_POLICY_NAME, pool.text("copyInfo/StoragePolicyCopy/storagePolicyName").orElse(null), GET);
        b.set(StoragePool.LIBRARY_NAME, pool.text("libraryList/library/libraryName").or(() -> pool.text("libraryList/libraryName"))
                .orElse(null), GET);
    }

    /**
     * Copies that do not say their media take it from the storage pool or library they write to; a deduplication pool
     * makes its copies deduplicated. Ranked below anything the copy itself says.
     */
    private void resolveMedia() {
        for (Builder c : copies.values()) {
            Builder pool = lookup(pools, c.get(StoragePolicyCopy.STORAGE_POOL_NAME));
            Object libName = c.get(StoragePolicyCopy.LIBRARY_NAME) != null ? c.get(StoragePolicyCopy.LIBRARY_NAME)
                    : pool == null ? null : pool.get(StoragePool.LIBRARY_NAME);
            Builder lib = lookup(libraries, libName);
            if (lib != null) {
                c.set(StoragePolicyCopy.MEDIA, lib.get(Library.MEDIA), JOINED);
            }
            // The pool is the more specific of the two (a deduplication pool on a disk library): it decides.
            if (pool != null) {
                StoragePool p = new StoragePool(pool.id, pool.origin, pool.fields());
                c.set(StoragePolicyCopy.MEDIA, p.isDeduplication() ? "disk" : p.getMedia(), JOINED);
                if (p.isDeduplication()) {
                    c.set(StoragePolicyCopy.DEDUPLICATION, true, JOINED);
                }
            }
        }
    }

    /** A plan whose primary copy writes to a pool takes that pool's media when the plan does not say its own. */
    private void resolvePlanMedia() {
        for (Builder plan : plans.values()) {
            Builder pool = lookup(pools, plan.get(ServerPlan.PRIMARY_STORAGE_POOL));
            if (pool != null) {
                String media = new StoragePool(pool.id, pool.origin, pool.fields()).getMedia();
                plan.set(ServerPlan.PRIMARY_STORAGE_TYPE, media == null ? null : media.toUpperCase(java.util.Locale.ROOT), JOINED);
            }
        }
    }

    private static Builder lookup(Map<String, Builder> byKey, Object name) {
        return name == null ? null : byKey.get(CommvaultObject.nameKey(name.toString()));
    }

    /**
     * tape.drives from the library exports: the drives of the tape library the copies write to (the user's
     * {@code --measure tape.drives} still wins). Two tape libraries with different drive counts are said, not guessed.
     */
    private Measurements tapeDrivesFromLibraries() {
        Map<String, Builder> used = new LinkedHashMap<>();
        for (Builder c : copies.values()) {
            Builder lib = lookup(libraries, c.get(StoragePolicyCopy.LIBRARY_NAME));
            if (lib != null && "tape".equals(lib.get(Library.MEDIA)) && lib.get(Library.DRIVES) != null) {
                used.putIfAbsent(lib.id, lib);
            }
        }
        if (used.isEmpty()) {
            libraries.values().stream().filter(l -> "tape".equals(l.get(Library.MEDIA)) && l.get(Library.DRIVES) != null)
                    .forEach(l -> used.putIfAbsent(l.id, l));
        }
        java.util.Set<Object> counts = new java.util.HashSet<>();
        used.values().forEach(l -> counts.add(l.get(Library.DRIVES)));
        if (counts.size() != 1) {
            if (counts.size() > 1) {
                notes.add("tape.drives not taken from the library exports: the tape libraries differ ("
                        + String.join(", ", used.values().stream().map(l -> l.id + " " + l.get(Library.DRIVES) + " drives").toList())
                        + "); measure it with --measure tape.drives=N");
            }
            return Measurements.none();
        }
        Builder lib = used.values().iterator().next();
        int drives = (Integer) lib.get(Library.DRIVES);
        return Measurements.builder().put(new Measurement(MeasurementKey.TAPE_DRIVES, drives, String.valueOf(drives),
                lib.origin + ": tape library " + lib.id + " lists " + drives + " drive(s) in DriveList")).build();
    }

    // ---- MediaAgents ------------------------------------------------------------------------------------------------

    private void readMediaAgentV4(Node doc) {
        String name = doc.text("general/name").or(() -> doc.text("name")).or(() -> doc.text("general/displayName"))
                .orElseThrow(() -> doc.error("MediaAgent has no general/name"));
        Builder b = mediaAgents.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, doc.origin()));
        b.set(MediaAgent.MEDIA_AGENT_ID, doc.count("general/id").or(() -> doc.count("id")).orElse(null), GET);
        b.set(MediaAgent.VERSION, doc.text("general/version").orElse(null), GET);
        b.set(MediaAgent.PARALLEL_DATA_TRANSFER_OPERATIONS,
                doc.count("control/parallelDataTransferOperations").orElse(null), GET);
        b.set(MediaAgent.OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS,
                doc.flag("control/optimizeForConcurrentLANBackups", FLAGS).orElse(null), GET);
    }

    private void readMediaAgentsV2(Node doc) {
        for (Node m : doc.all("mediaAgentList")) {
            String name = m.text("mediaAgent/mediaAgentName").orElseThrow(() -> m.error(
                    "mediaAgentList entry has no mediaAgent/mediaAgentName"));
            Builder b = mediaAgents.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, m.origin()));
            b.set(MediaAgent.MEDIA_AGENT_ID, m.count("mediaAgent/mediaAgentId").orElse(null), GET);
            b.set(MediaAgent.OPTIMIZE_FOR_CONCURRENT_LAN_BACKUPS,
                    m.flag("mediaAgentProps/optimizeForConcurrentLANBackups", FLAGS).orElse(null), GET);
        }
    }

    // ---- server plans ---------------------------------------------------------------------------------------------

    private void readServerPlan(Node doc) {
        String name = doc.text("plan/name").or(() -> doc.text("general/name")).or(() -> doc.text("planName"))
                .orElseThrow(() -> doc.error("ServerPlan has no plan/name: cannot tell which plan this is"));
        Builder b = plans.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, doc.origin()));
        b.set(ServerPlan.PLAN_ID, doc.count("plan/id").orElse(null), GET);
        b.set(ServerPlan.DEVICE_STREAMS, doc.count("settings/deviceStreams").orElse(null), GET);
        b.set(ServerPlan.UNIX_DATA_READERS, readers(doc, "backupContent/unixNumberOfDataReaders"), GET);
        b.set(ServerPlan.WINDOWS_DATA_READERS, readers(doc, "backupContent/windowsNumberOfDataReaders"), GET);
        // Listed once: asking for the list again per destination made a plan of many destinations quadratic.
        List<Node> destinations = doc.all("backupDestinations");
        for (Node d : destinations) {
            boolean primary = d.count("copyPrecedence").map(p -> p == 1).orElse(false)
                    || d.flag("isDefault", FLAGS).orElse(false) || destinations.size() == 1;
            if (primary) {
                b.set(ServerPlan.PRIMARY_STORAGE_TYPE, d.text("storageType").or(() -> d.text("storagePool/type"))
                        .orElse(null), GET);
            }
        }
    }

    /**
     * GET /V2/Plan/{id} (cvpysdk plan.py): the plan's copies name their storage pool in useGlobalPolicy; the default
     * copy's pool gives the plan's media once the pool is read.
     */
    private void readPlanV2(Node plan) {
        String name = plan.text("summary/plan/planName").orElseThrow(() -> plan.error(
                "plan/summary/plan has no planName: cannot tell which plan this is"));
        Builder b = plans.computeIfAbsent(CommvaultObject.nameKey(name), k -> new Builder(name, plan.origin()));
        b.set(ServerPlan.PLAN_ID, plan.count("summary/plan/planId").orElse(null), GET);
        List<Node> planCopies = plan.path("storage").map(st -> st.all("copy")).orElse(List.of());
        for (Node c : planCopies) {
            boolean primary = c.flag("isDefault", FLAGS).orElse(false) || planCopies.size() == 1;
            if (primary) {
                b.set(ServerPlan.PRIMARY_STORAGE_POOL, c.text("useGlobalPolicy/storagePolicyName").orElse(null), GET);
            }
        }
    }

    /** {count, useOptimal}: optimal is reported as 0, as subclients report "optimal" readers. */
    private static Integer readers(Node doc, String path) {
        if (doc.flag(path + "/useOptimal", FLAGS).orElse(false)) {
            return 0;
        }
        return doc.count(path + "/count").orElse(null);
    }

    // ---- jobs ---------------------------------------------------------------------------------------------------------

    private void readJobs(Node doc) {
        List<Node> summaries = new ArrayList<>();
        for (Node j : doc.all("jobs")) {
            j.child("jobSummary").ifPresent(summaries::add);
        }
        doc.child("jobSummary").ifPresent(summaries::add);
        for (Node s : summaries) {
            Optional<Double> gbPerHour = s.decimal("averageThroughput", 0, 1e9);
            if (gbPerHour.isEmpty()) {
                continue;
            }
            jobs.add(new JobHistory.Job(s.decimal("jobId", 0, 9e15).map(Double::longValue).orElse(0L), s.text("status").orElse(""),
                    s.text("jobType").orElse(""), s.text("backupLevelName").orElse(""),
                    s.text("subclient/clientName").orElse("?") + "/" + s.text("subclient/subclientName").orElse("?"),
                    s.decimal("jobStartTime", 0, 32503680000.0).orElse(0.0), s.decimal("jobEndTime", 0, 32503680000.0).orElse(0.0),
                    s.decimal("sizeOfApplication", 0, 1e18).orElse(null), gbPerHour.get(), s.origin()));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private static String require(Node n, String field) {
        return n.text(field).orElseThrow(() -> n.error(n.name() + "/" + field + " missing: cannot identify the subclient"));
    }

    interface Factory<T> {
        T create(String id, String origin, Map<String, Object> fields);
    }

    private <T> List<T> build(Map<String, Builder> builders, Factory<T> factory) {
        List<T> out = new ArrayList<>();
        builders.values().forEach(b -> out.add(
                factory.create(b.id, canonical(b.origin), b.fields(v -> v instanceof String str ? canonical(str) : v))));
        return out;
    }

    // One instance per distinct short string (app, backup set, policy and client names, "file: line 1"): a large
    // CommCell repeats them on every subclient, and the objects outlive parsing for the whole analysis.
    private final Map<String, String> canonical = new java.util.HashMap<>();

    private String canonical(String s) {
        if (s == null || s.length() > 64) {
            return s;
        }
        String c = canonical.putIfAbsent(s, s);
        return c == null ? s : c;
    }

    /**
     * Accumulates one object's fields from several documents; higher priority wins, absent values never overwrite.
     * Three small arrays, not two maps: a 100,000-subclient export keeps 100,000 builders for the whole parse.
     */
    private static final class Builder {
        final String id;
        final String origin;
        private String[] keys = new String[12];
        private Object[] values = new Object[12];
        private int[] priorities = new int[12];
        private int size;

        Builder(String id, String origin) {
            this.id = id;
            this.origin = origin;
        }

        void set(String field, Object value, int priority) {
            if (value == null) {
                return;
            }
            int i = indexOf(field);
            if (i >= 0) {
                if (priority >= priorities[i]) {
                    values[i] = value;
                    priorities[i] = priority;
                }
                return;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
                priorities = java.util.Arrays.copyOf(priorities, size * 2);
            }
            keys[size] = field;
            values[size] = value;
            priorities[size++] = priority;
        }

        Object get(String field) {
            int i = indexOf(field);
            return i < 0 ? null : values[i];
        }

        private int indexOf(String field) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(field)) {
                    return i;
                }
            }
            return -1;
        }

        /** The fields in the order first set, each with {@code value} applied. */
        Map<String, Object> fields(java.util.function.UnaryOperator<Object> value) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                out.put(keys[i], value.apply(values[i]));
            }
            return out;
        }

        Map<String, Object> fields() {
            return fields(v -> v);
        }
    }
}
