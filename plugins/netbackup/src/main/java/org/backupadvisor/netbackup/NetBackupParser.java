package org.backupadvisor.netbackup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;

/**
 * Reads NetBackup's label-driven text ({@code -U} / {@code -L}: "Label: value" lines, split on the first colon
 * followed by a space, never by column) and its REST JSON into one environment. Positional layouts are refused
 * with the command to run instead (research §1.3: their columns changed across releases).
 */
final class NetBackupParser {
    private static final Pattern LABEL = Pattern.compile("^(\\s*)([A-Za-z][^:]*?)\\s*:(?:\\s+(.*))?$");

    private final Map<String, Policy> policies = new LinkedHashMap<>();
    private final Map<String, StorageUnit> units = new LinkedHashMap<>();
    private final Map<String, DiskPool> pools = new LinkedHashMap<>();
    private final Map<String, StorageServer> servers = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> touch = new LinkedHashMap<>();
    private final Map<String, String> touchOrigin = new LinkedHashMap<>();
    private MasterConfig config;
    private final List<ParsedInput> inputs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Bpdbjobs jobs = new Bpdbjobs();

    NetBackupEnvironment parse(List<InputFile> files) {
        for (InputFile f : files) {
            NetBackupFormat format = NetBackupFormat.detect(f).orElseThrow(() -> new InputException(f.name()
                    + ": not a NetBackup output this advisor reads (expected one of: " + accepted() + ")"));
            if (format == NetBackupFormat.NBSU) {
                nbsu(f);
            } else {
                read(f, format);
            }
            inputs.add(new ParsedInput(f.name(), format.id(), f.content()));
        }
        List<TouchFiles> touchFiles = new ArrayList<>();
        touch.forEach((host, values) -> touchFiles.add(new TouchFiles(host, touchOrigin.get(host), values)));
        notes.addAll(jobs.notes());
        return new NetBackupEnvironment(List.copyOf(policies.values()), List.copyOf(units.values()),
                List.copyOf(pools.values()), List.copyOf(servers.values()), config, touchFiles, inputs, notes,
                jobs.measurements());
    }

    /** Reads one output (a file, or a section of an nbsu file). */
    private void read(InputFile f, NetBackupFormat format) {
        switch (format) {
            case NBSU -> nbsu(f);
            case BPPLLIST -> bppllist(f);
            case BPSTULIST -> bpstulist(f);
            case NBDEVQUERY_LISTDP -> listdp(f);
            case NBDEVQUERY_LISTDV -> { /* volumes: capacity only, read for completeness of the bundle */ }
            case NBDEVQUERY_LISTSTS -> liststs(f);
            case BPCONFIG -> bpconfig(f);
            case BPGETCONFIG -> bpgetconfig(f);
            case TOUCH_FILE -> touchFile(f);
            case TOUCH_FILE_LIST -> touchList(f);
            case REST_JSON -> RestJson.read(f, this);
            case BPDBJOBS -> jobs.read(f);
            case BPPLLIST_POSITIONAL -> throw new InputException(f.name() + ": line 1: this is bppllist in the "
                    + "positional -l layout (CLASS/INFO records), whose columns differ between releases: export "
                    + "it with 'bppllist -allpolicies -U' (or -L) instead");
            case BPSTULIST_POSITIONAL -> throw new InputException(f.name() + ": line 1: this is bpstulist in the "
                    + "positional layout: export it with 'bpstulist -U' instead");
            case NBDEVQUERY_POSITIONAL -> throw new InputException(f.name() + ": line 1: this is nbdevquery "
                    + "without -U (positional V7.5 records): export it with 'nbdevquery -listdp -U' (or -liststs -U)");
        }
    }

    /** An nbsu file: each section that is an output this plugin reads is read, the others skipped with one note. */
    private void nbsu(InputFile f) {
        for (Nbsu.Section s : Nbsu.sections(f)) {
            java.util.Optional<NetBackupFormat> format = Nbsu.detect(s);
            if (format.isPresent()) {
                read(s.file(), format.get());
            } else {
                notes.add(f.name() + ": lines " + s.from() + "-" + s.to() + " skipped (nbsu section that is not an output this advisor reads)");
            }
        }
    }

    static String accepted() {
        return java.util.Arrays.stream(NetBackupFormat.values()).filter(f -> !f.refused()).map(f -> f.label)
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** A "Label: value" line: indent, label, value (empty when none). */
    record Labelled(TextLines.Line line, int indent, String label, String value) {
    }

    static Labelled labelled(TextLines.Line l) {
        Matcher m = LABEL.matcher(l.text());
        if (!m.matches()) {
            return null;
        }
        String value = m.group(3) == null ? "" : m.group(3).trim();
        return new Labelled(l, m.group(1).replace("\t", "    ").length(), m.group(2).trim(), value);
    }

    // ---- bppllist -U / -L

    private void bppllist(InputFile f) {
        String name = null;
        TextLines.Line start = null;
        Map<String, Object> fields = null;
        List<String> clients = null;
        int newStreams = 0;
        int selections = 0;
        List<Integer> mpx = null;
        String mode = "";
        for (TextLines.Line l : TextLines.of(f)) {
            String text = l.text();
            if (text.isBlank() || text.startsWith("-----")) {
                continue;
            }
            Labelled lab = labelled(l);
            if (lab != null && lab.label().equals("Policy Name")) {
                if (name != null) {
                    addPolicy(f, start, name, fields, clients, newStreams, selections, mpx);
                }
                name = required(lab, "a policy name");
                start = l;
                fields = new LinkedHashMap<>();
                clients = new ArrayList<>();
                newStreams = 0;
                selections = 0;
                mpx = new ArrayList<>();
                mode = "";
                continue;
            }
            if (name == null) {
                throw l.error("expected 'Policy Name:' before the policy's attributes (bppllist -U or -L output)");
            }
            if (lab == null || isContinuationLabel(lab)) {
                // A continuation line: one more client (HW OS name) or backup selection.
                String v = text.trim();
                if (mode.equals("clients")) {
                    clients.add(clientOf(v, l));
                } else if (mode.equals("include")) {
                    if (v.equals("NEW_STREAM")) {
                        newStreams++;
                    } else {
                        selections++;
                    }
                }
                continue;
            }
            String label = lab.label();
            String v = lab.value();
            switch (label) {
                case "HW/OS/Client" -> {
                    mode = "clients";
                    if (!v.isEmpty() && !v.startsWith("(")) {
                        clients.add(clientOf(v, l));
                    }
                }
                case "Clients" -> mode = v.isEmpty() ? "clients" : "";
                case "Include" -> {
                    mode = "include";
                    if (v.equals("NEW_STREAM")) {
                        newStreams++;
                    } else if (!v.isEmpty() && !v.startsWith("(")) {
                        selections++;
                    }
                }
                case "Schedule" -> mode = "schedule";
                case "Maximum MPX" -> mpx.add(integer(lab, "a whole number (media multiplexing 1-32)"));
                case "Policy Type" -> fields.put("policyType", v);
                case "Active" -> fields.put("active", yesNo(lab));
                case "Mult. Data Streams", "Mult. Data Stream" -> fields.put(Policy.ALLOW_MULTIPLE_DATA_STREAMS, yesNo(lab));
                case "Max Jobs/Policy" -> fields.put(Policy.MAX_JOBS_PER_POLICY, v.equalsIgnoreCase("Unlimited") ? null
                        : integer(lab, "a whole number or 'Unlimited'"));
                case "Residence" -> {
                    if (!mode.equals("schedule")) {
                        fields.put("residence", v.startsWith("(") || v.isEmpty() || v.equals("-") || v.equals("*NULL*") ? null : v);
                    }
                }
                case "Residence is Storage Lifecycle Policy" -> {
                    if (!mode.equals("schedule")) {
                        fields.put("residenceIsSlp", v.equals("yes") || v.equals("1"));
                    }
                }
                default -> {
                    if (label.startsWith("Client/")) {
                        // -L: "Client/HW/OS/Pri/DMI/CIT:   fs01 Linux RedHat 0 0 0 0 ?" (host name first).
                        mode = "";
                        String[] t = v.split("\\s+");
                        if (!v.isEmpty()) {
                            clients.add(t[0]);
                        }
                    } else if (lab.indent() <= 2 && !mode.equals("schedule")) {
                        mode = "";
                    }
                }
            }
        }
        if (name == null) {
            throw new InputException(f.name() + ": no 'Policy Name:' line: expected bppllist -U or -L output");
        }
        addPolicy(f, start, name, fields, clients, newStreams, selections, mpx);
    }

    /** Backup selections such as "C:\data" or "/data:x" are not labels. */
    private static boolean isContinuationLabel(Labelled lab) {
        return lab.label().startsWith("/") || lab.label().length() == 1;
    }

    private static String clientOf(String v, TextLines.Line l) {
        String[] t = v.trim().split("\\s+");
        if (t.length < 3) {
            throw l.error("expected a client line 'hardware  os  hostname' (bppllist -U HW/OS/Client), found '"
                    + v.trim() + "'");
        }
        return t[t.length - 1];
    }

    private void addPolicy(InputFile f, TextLines.Line start, String name, Map<String, Object> fields,
                           List<String> clients, int newStreams, int selections, List<Integer> mpx) {
        Policy p = new Policy(name, f.name() + ": line " + start.number(), fields, clients, newStreams, selections, mpx);
        if (policies.containsKey(name)) {
            notes.add("policy " + name + " appears twice; the one in " + p.origin() + " is used");
        }
        policies.put(name, p);
    }

    // ---- bpstulist -U

    private void bpstulist(InputFile f) {
        List<List<Labelled>> blocks = blocks(f, "Label");
        for (List<Labelled> b : blocks) {
            Labelled first = b.get(0);
            String label = required(first, "a storage unit label");
            Map<String, Labelled> by = byLabel(b);
            Labelled type = need(by, "Storage Unit Type", first, "bpstulist -U");
            Labelled host = need(by, "Host Connection", first, "bpstulist -U");
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("storageUnitType", type.value());
            fields.put("host", host.value());
            boolean tape = type.value().toLowerCase(Locale.ROOT).contains("media manager");
            if (tape) {
                fields.put("drives", integer(need(by, "Number of Drives", first, "bpstulist -U (tape)"), "a drive count"));
                Labelled mpx = by.getOrDefault("Max MPX/drive", by.get("Max MPX"));
                if (mpx != null) {
                    fields.put(StorageUnit.MAX_MPX, integer(mpx, "a whole number"));
                }
            } else {
                fields.put(StorageUnit.MAX_CONCURRENT_JOBS, integer(need(by, "Concurrent Jobs", first, "bpstulist -U (disk)"),
                        "a whole number of concurrent jobs"));
                if (by.containsKey("Max MPX")) {
                    fields.put(StorageUnit.MAX_MPX, integer(by.get("Max MPX"), "a whole number"));
                }
            }
            String subtype = value(by, "Storage Unit Subtype");
            String diskType = value(by, "Disk Type");
            if (diskType == null && subtype != null) {
                String s = subtype.toLowerCase(Locale.ROOT);
                diskType = s.startsWith("basic") ? "BasicDisk" : null;
            }
            fields.put(StorageUnit.DISK_TYPE, diskType);
            fields.put("subtype", subtype);
            fields.put("diskPool", value(by, "Disk Pool"));
            String path = value(by, "Path");
            fields.put("path", path == null ? null : path.replaceAll("^\"|\"$", ""));
            units.put(label, new StorageUnit(label, f.name() + ": line " + first.line().number(), fields));
        }
    }

    // ---- nbdevquery -listdp -U / -liststs -U

    private void listdp(InputFile f) {
        for (List<Labelled> b : blocks(f, "Disk Pool Name")) {
            Labelled first = b.get(0);
            String name = required(first, "a disk pool name");
            Map<String, Labelled> by = byLabel(b);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("diskType", need(by, "Disk Type", first, "nbdevquery -listdp -U").value());
            int streams = integer(need(by, "Max IO Streams", first, "nbdevquery -listdp -U"), "a whole number or -1 (unlimited)");
            fields.put(DiskPool.MAX_IO_STREAMS, streams < 0 ? null : streams);
            if (by.containsKey("High Watermark")) {
                fields.put("highWatermark", integer(by.get("High Watermark"), "a percentage"));
            }
            fields.put("storageServer", value(by, "Storage Server"));
            pools.put(name, new DiskPool(name, f.name() + ": line " + first.line().number(), fields));
        }
    }

    private void liststs(InputFile f) {
        for (List<Labelled> b : blocks(f, "Storage Server")) {
            Labelled first = b.get(0);
            String name = required(first, "a storage server name");
            Map<String, Labelled> by = byLabel(b);
            List<String> flags = b.stream().filter(x -> x.label().equals("Flag")).map(Labelled::value).toList();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("serverType", need(by, "Storage Server Type", first, "nbdevquery -liststs -U").value());
            fields.put("state", value(by, "State"));
            servers.put(name, new StorageServer(name, f.name() + ": line " + first.line().number(), fields, flags));
        }
    }

    // ---- bpconfig -U, bpgetconfig

    private void bpconfig(InputFile f) {
        for (TextLines.Line l : TextLines.of(f)) {
            Labelled lab = labelled(l);
            if (lab != null && lab.label().equals("Max Simultaneous Jobs/Client")) {
                String v = lab.value().split("\\s+")[0];
                config = new MasterConfig("global attributes", f.name() + ": line " + l.number(),
                        Map.of(MasterConfig.MAX_JOBS_PER_CLIENT, integer(new Labelled(l, 0, lab.label(), v),
                                "a whole number of jobs per client")));
            }
        }
    }

    private void bpgetconfig(InputFile f) {
        for (TextLines.Line l : TextLines.of(f)) {
            String t = l.text().trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq < 0) {
                throw l.error("expected 'KEY = value' (bpgetconfig output), found '" + t + "'");
            }
        }
    }

    // ---- touch files

    private void touchFile(InputFile f) {
        String name = NetBackupFormat.baseName(f.name());
        List<TextLines.Line> lines = TextLines.of(f).stream().filter(l -> !l.text().isBlank()).toList();
        if (lines.size() != 1) {
            throw new InputException(f.name() + ": expected one line holding a whole number of bytes (NetBackup touch "
                    + "file " + name + "), found " + lines.size() + " lines");
        }
        putTouch(hostOfTouch(f.name()), name, lines.get(0).text().trim(), lines.get(0), f.name());
    }

    private void touchList(InputFile f) {
        String host = hostOfTouch(f.name());
        for (TextLines.Line l : TextLines.of(f)) {
            String t = l.text().trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            Matcher m = NetBackupFormat.touchLine().matcher(t);
            if (!m.matches() || !TouchFiles.NAMES.contains(m.group(2))) {
                throw l.error("expected '<path of a NetBackup touch file>: <bytes>', found '" + t + "'");
            }
            String v = m.group(3) == null ? "" : m.group(3).trim();
            if (v.equals("(absent)") || v.isEmpty()) {
                continue;
            }
            putTouch(host, m.group(2), v, l, f.name());
        }
    }

    private void putTouch(String host, String name, String value, TextLines.Line l, String file) {
        if (!value.matches("\\d{1,12}")) {
            throw l.error("expected a whole number of bytes in touch file " + name + ", found '" + value + "'");
        }
        touch.computeIfAbsent(host, k -> new LinkedHashMap<>()).put(name, Long.parseLong(value));
        touchOrigin.putIfAbsent(host, file);
    }

    /** The media server a touch file belongs to: the first folder above it that is not part of the install path. */
    static String hostOfTouch(String name) {
        String[] parts = name.replace('\\', '/').replaceFirst("^.*!/", "").split("/");
        java.util.Set<String> install = java.util.Set.of("config", "db", "netbackup", "openv", "usr", "veritas",
                "program files", "touch", "touch-files", "touchfiles");
        for (int i = parts.length - 2; i >= 0; i--) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !install.contains(p)) {
                return p;
            }
        }
        return "media server";
    }

    // ---- helpers

    /** Blocks of labelled lines, each starting at {@code first} (Label:, Disk Pool Name:, Storage Server:). */
    private static List<List<Labelled>> blocks(InputFile f, String first) {
        List<List<Labelled>> out = new ArrayList<>();
        List<Labelled> cur = null;
        for (TextLines.Line l : TextLines.of(f)) {
            if (l.text().isBlank() || l.text().startsWith("-----")) {
                continue;
            }
            Labelled lab = labelled(l);
            if (lab == null) {
                throw l.error("expected 'Label: value' (" + first + " records of a -U listing), found '" + l.text().trim() + "'");
            }
            if (lab.label().equals(first)) {
                cur = new ArrayList<>();
                out.add(cur);
            } else if (cur == null) {
                throw l.error("expected '" + first + ":' first, found '" + lab.label() + ":'");
            }
            cur.add(lab);
        }
        if (out.isEmpty()) {
            throw new InputException(f.name() + ": no '" + first + ":' line found");
        }
        return out;
    }

    private static Map<String, Labelled> byLabel(List<Labelled> b) {
        Map<String, Labelled> m = new LinkedHashMap<>();
        b.forEach(x -> m.putIfAbsent(x.label(), x));
        return m;
    }

    private static Labelled need(Map<String, Labelled> by, String label, Labelled first, String what) {
        Labelled x = by.get(label);
        if (x == null) {
            throw first.line().error("'" + first.label() + ": " + first.value() + "' has no '" + label
                    + ":' line: the " + what + " output looks truncated; export it again in full");
        }
        return x;
    }

    private static String value(Map<String, Labelled> by, String label) {
        Labelled x = by.get(label);
        return x == null || x.value().isEmpty() || x.value().startsWith("(") || x.value().equals("*NULL*") ? null : x.value();
    }

    private static String required(Labelled lab, String what) {
        if (lab.value().isEmpty()) {
            throw lab.line().error("'" + lab.label() + ":' has no value: expected " + what);
        }
        return lab.value();
    }

    static int integer(Labelled lab, String expected) {
        String v = lab.value().replaceFirst("\\s*(MB|GB|KB)$", "");
        if (!v.matches("-?\\d{1,9}")) {
            throw lab.line().error("'" + lab.label() + "' is '" + lab.value() + "': expected " + expected);
        }
        return Integer.parseInt(v);
    }

    private static boolean yesNo(Labelled lab) {
        return switch (lab.value().toLowerCase(Locale.ROOT)) {
            case "yes", "1", "true" -> true;
            case "no", "0", "false" -> false;
            default -> throw lab.line().error("'" + lab.label() + "' is '" + lab.value() + "': expected yes or no");
        };
    }

    // ---- REST JSON hands its objects here

    void putPolicy(Policy p) {
        policies.put(p.objectId(), p);
    }

    void putUnit(StorageUnit u) {
        units.put(u.objectId(), u);
    }

    void putPool(DiskPool p) {
        pools.put(p.objectId(), p);
    }
}
