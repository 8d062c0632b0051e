package org.backupadvisor.netbackup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;

/**
 * NetBackup REST responses (JSON:API, {@code data.type/id/attributes}; research §1.9): policies
 * ({@code GET /netbackup/config/policies/{name}}), storage units and disk pools ({@code /netbackup/storage/...}),
 * single objects or lists ({@code data: [...]}).
 */
final class RestJson {
    private RestJson() {
    }

    static void read(InputFile f, NetBackupParser into) {
        Node root = Trees.json(f);
        List<Node> data = root.all("data");
        if (data.isEmpty()) {
            throw root.error("expected a NetBackup REST response with a 'data' object or array");
        }
        for (Node d : data) {
            String type = d.text("type").orElseThrow(() -> d.error("data.type missing: expected policy, storageUnit or diskPool"));
            Node a = d.child("attributes").orElseThrow(() -> d.error("data.attributes missing"));
            switch (type) {
                case "policy" -> policy(d, a, into);
                case "storageUnit" -> unit(d, a, into);
                case "diskPool" -> pool(d, a, into);
                default -> throw d.error("data.type '" + type + "': expected policy, storageUnit or diskPool");
            }
        }
    }

    private static void policy(Node d, Node a, NetBackupParser into) {
        Node p = a.child("policy").orElseThrow(() -> a.error("attributes.policy missing (GET /netbackup/config/policies/{name})"));
        String name = p.text("policyName").or(() -> d.text("id")).orElseThrow(() -> p.error("policyName missing"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("policyType", p.text("policyType").orElse(null));
        Node attrs = p.child("policyAttributes").orElse(null);
        if (attrs != null) {
            fields.put("active", attrs.flag("active").orElse(null));
            Integer limit = attrs.integer("jobLimit").orElse(null);
            fields.put(Policy.MAX_JOBS_PER_POLICY, limit == null || limit >= 2147483647 || limit <= 0 ? null : limit);
            fields.put("residence", attrs.text("storage").orElse(null));
            fields.put("residenceIsSlp", attrs.flag("storageIsSLP").orElse(null));
            fields.put(Policy.ALLOW_MULTIPLE_DATA_STREAMS, attrs.flag("useMultipleDataStreams").orElse(null));
        }
        List<String> clients = new ArrayList<>();
        for (Node c : p.all("clients")) {
            c.text("hostName").ifPresent(clients::add);
        }
        int newStreams = 0;
        int selections = 0;
        for (Node s : p.path("backupSelections").map(b -> b.all("selections")).orElse(List.of())) {
            if ("NEW_STREAM".equals(s.value() == null ? null : s.value().trim())) {
                newStreams++;
            } else if (s.value() != null && !s.value().isBlank()) {
                selections++;
            }
        }
        List<Integer> mpx = new ArrayList<>();
        for (Node s : p.all("schedules")) {
            s.integer("mediaMultiplexing").ifPresent(mpx::add);
        }
        into.putPolicy(new Policy(name, p.origin(), fields, clients, newStreams, selections, mpx));
    }

    private static void unit(Node d, Node a, NetBackupParser into) {
        String name = a.text("name").or(() -> a.text("storageUnitName")).or(() -> d.text("id"))
                .orElseThrow(() -> a.error("attributes.name missing"));
        Map<String, Object> fields = new LinkedHashMap<>();
        String storageType = a.text("storageType").orElse("DISK");
        fields.put("storageUnitType", storageType.equalsIgnoreCase("TAPE") ? "Media Manager" : "Disk");
        fields.put(StorageUnit.MAX_CONCURRENT_JOBS, a.integer("maxConcurrentJobs").orElse(null));
        fields.put(StorageUnit.MAX_MPX, a.integer("maxMultiplexing").orElse(null));
        String sub = a.text("storageSubType").or(() -> a.text("storageServerType")).orElse(null);
        fields.put(StorageUnit.DISK_TYPE, sub);
        a.all("mediaServers").stream().findFirst().ifPresent(m -> fields.put("host", m.value() != null ? m.value()
                : m.text("name").orElse(null)));
        d.path("relationships/diskPool/data").flatMap(x -> x.text("id")).ifPresent(id ->
                fields.put("diskPool", id.contains(":") ? id.substring(id.indexOf(':') + 1) : id));
        into.putUnit(new StorageUnit(name, a.origin(), fields));
    }

    private static void pool(Node d, Node a, NetBackupParser into) {
        String name = a.text("name").or(() -> d.text("id")).orElseThrow(() -> a.error("attributes.name missing"));
        Map<String, Object> fields = new LinkedHashMap<>();
        a.path("maximumIoStreams").ifPresent(m -> {
            boolean limit = m.flag("limitIoStreams").orElse(false);
            fields.put(DiskPool.MAX_IO_STREAMS, limit ? m.integer("streamsPerVolume").orElse(null) : null);
        });
        fields.put("highWatermark", a.integer("highWaterMark").orElse(null));
        List<Node> sts = d.path("relationships/storageServers").map(x -> x.all("data")).orElse(List.of());
        if (!sts.isEmpty()) {
            String id = sts.get(0).text("id").orElse(null);
            if (id != null && id.contains(":")) {
                fields.put("diskType", id.substring(0, id.indexOf(':')));
                fields.put("storageServer", id.substring(id.indexOf(':') + 1));
            }
        }
        fields.putIfAbsent("diskType", a.text("diskPoolType").orElse(null));
        into.putPool(new DiskPool(name, a.origin(), fields));
    }
}
