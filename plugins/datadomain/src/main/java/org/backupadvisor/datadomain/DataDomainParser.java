package org.backupadvisor.datadomain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.input.Trees;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;

/**
 * Reads Data Domain settings (plugins/datadomain/SOURCES.md):
 * <ul>
 *   <li>Avamar REST {@code GET /api/v1/datadomains} (a page: {@code content[]}) or one {@code DataDomain} object:
 *       {@code ipv4Hostname}, {@code modelNumber}, {@code ddosVersion}, {@code maxStreams}, {@code maxStreamsLimit};</li>
 *   <li>DDOS {@code replication show config} text: a header row, a dashed rule, one row per context with columns
 *       separated by runs of spaces ({@code CTX, Source, Destination, Connection Host and Port, Low-bw-optim,
 *       Encryption, Enabled, Max-repl-streams}), read by the header's own column names;</li>
 *   <li>an autosupport report's GENERAL INFO ({@link Autosupport}), merged with the same host's Avamar entry.</li>
 * </ul>
 */
final class DataDomainParser {
    enum Format {
        AVAMAR_DATADOMAINS_JSON("avamar-datadomains-json", "Avamar REST GET /v1/datadomains (JSON: modelNumber, ddosVersion, maxStreams, maxStreamsLimit)"),
        REPLICATION_SHOW_CONFIG("replication-show-config", "DDOS CLI 'replication show config' output (text)"),
        AUTOSUPPORT("autosupport", "Data Domain autosupport (ASUP) report: GENERAL INFO HOSTNAME, MODEL_NO, VERSION");

        final String id;
        final String description;

        Format(String id, String description) {
            this.id = id;
            this.description = description;
        }
    }

    static Optional<Format> detect(InputFile f) {
        if (f.looksLikeJson()) {
            String head = f.head(64 * 1024);
            return head.contains("\"maxStreamsLimit\"") || head.contains("\"ddosVersion\"") && head.contains("\"modelNumber\"")
                    ? Optional.of(Format.AVAMAR_DATADOMAINS_JSON) : Optional.empty();
        }
        if (f.looksLikeXml()) {
            return Optional.empty();
        }
        if (Autosupport.detect(f)) {
            return Optional.of(Format.AUTOSUPPORT);
        }
        String head = f.head(8 * 1024).toLowerCase(Locale.ROOT);
        return head.contains("ctx") && head.contains("destination") && (head.contains("max-repl-streams")
                || head.contains("low-bw-optim")) && head.contains("---")
                ? Optional.of(Format.REPLICATION_SHOW_CONFIG) : Optional.empty();
    }

    DataDomainEnvironment parse(List<InputFile> files) {
        List<DataDomainSystem> systems = new ArrayList<>();
        List<ReplicationContext> contexts = new ArrayList<>();
        List<ParsedInput> inputs = new ArrayList<>();
        List<Autosupport.Read> asups = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (InputFile f : files) {
            Format format = detect(f).orElseThrow(() -> new InputException(f.name()
                    + ": not a Data Domain export (Avamar /v1/datadomains JSON, 'replication show config' text or an autosupport report)"));
            inputs.add(new ParsedInput(f.name(), format.id, f.content()));
            switch (format) {
                case AVAMAR_DATADOMAINS_JSON -> systems.addAll(systems(Trees.json(f)));
                case REPLICATION_SHOW_CONFIG -> contexts.addAll(contexts(f));
                case AUTOSUPPORT -> asups.add(Autosupport.read(f));
            }
        }
        // An autosupport names a system Avamar may list too: one system, the Avamar export's stream limits kept.
        for (Autosupport.Read a : asups) {
            notes.add(a.note());
            DataDomainSystem d = a.system();
            int same = -1;
            for (int i = 0; i < systems.size(); i++) {
                if (sameHost(systems.get(i).getHostname(), d.getHostname())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                systems.add(d);
                continue;
            }
            DataDomainSystem s = systems.get(same);
            if (s.getModel() != null && d.getModel() != null && !s.getModel().equalsIgnoreCase(d.getModel())) {
                notes.add(d.origin() + ": MODEL_NO " + d.getModel() + " differs from " + s.origin() + " modelNumber "
                        + s.getModel() + ": " + s.getModel() + " is used");
            }
            systems.set(same, new DataDomainSystem(s.getHostname(), s.origin() + ", " + d.origin(),
                    s.getModel() != null ? s.getModel() : d.getModel(),
                    s.getDdosVersion() != null ? s.getDdosVersion() : d.getDdosVersion(), s.getMaxStreams(),
                    s.getMaxStreamsLimit()));
        }
        return new DataDomainEnvironment(systems, contexts, inputs, notes);
    }

    /** "dd9300-dc1" and "dd9300-dc1.example.com" are one system: exports spell host names both ways. */
    static boolean sameHost(String a, String b) {
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + ".") || y.startsWith(x + ".");
    }

    static List<DataDomainSystem> systems(Node root) {
        List<Node> items = !root.all("content").isEmpty() ? root.all("content")
                : !root.all("item").isEmpty() ? root.all("item") : List.of(root);
        List<DataDomainSystem> out = new ArrayList<>();
        for (Node d : items) {
            String host = d.text("ipv4Hostname").or(() -> d.text("ipv6Hostname")).orElseThrow(() -> d.error(
                    "Data Domain without 'ipv4Hostname': expected the object GET /v1/datadomains returns"));
            out.add(new DataDomainSystem(host, d.origin(), d.text("modelNumber").orElse(null),
                    d.text("ddosVersion").orElse(null), positive(d, "maxStreams"), positive(d, "maxStreamsLimit")));
        }
        return out;
    }

    private static Integer positive(Node d, String field) {
        Optional<Integer> v = d.count(field);
        if (v.isPresent() && v.get() == 0) {
            throw d.path(field).orElseThrow().error(field + " = 0: expected the number of streams, at least 1");
        }
        return v.orElse(null);
    }

    /** Columns by the header's words; rows split on runs of two or more spaces (the Dell Ansible collection's reading). */
    static List<ReplicationContext> contexts(InputFile f) {
        List<TextLines.Line> lines = TextLines.of(f);
        int rule = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().strip().startsWith("---")) {
                rule = i;
                break;
            }
        }
        if (rule < 1) {
            throw new InputException(f.name() + ": expected the 'replication show config' header (CTX  Source  "
                    + "Destination ...) above a dashed line");
        }
        TextLines.Line header = lines.get(rule - 1);
        String[] cols = header.text().strip().split("\\s{2,}");
        int ctx = col(cols, "ctx");
        int src = col(cols, "source");
        int dst = col(cols, "destination");
        int conn = col(cols, "connection");
        int lbo = col(cols, "low-bw-optim");
        int enabled = col(cols, "enabled");
        int streams = col(cols, "max-repl-streams");
        if (ctx < 0 || dst < 0) {
            throw header.error("expected the columns CTX and Destination of 'replication show config', found '"
                    + header.text().strip() + "'");
        }
        List<ReplicationContext> out = new ArrayList<>();
        for (int i = rule + 1; i < lines.size(); i++) {
            TextLines.Line l = lines.get(i);
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith("---")) {
                continue;
            }
            String[] v = t.split("\\s{2,}");
            if (v.length != cols.length) {
                throw l.error("expected " + cols.length + " columns (" + String.join(", ", cols) + "), found " + v.length);
            }
            Integer max = null;
            if (streams >= 0 && !v[streams].equals("-") && !v[streams].equalsIgnoreCase("default")) {
                if (!v[streams].matches("\\d{1,6}") || Integer.parseInt(v[streams]) == 0) {
                    throw l.error("Max-repl-streams = '" + v[streams] + "': expected a whole number of at least 1");
                }
                max = Integer.parseInt(v[streams]);
            }
            out.add(new ReplicationContext(v[ctx], f.name() + ": line " + l.number(), src < 0 ? null : v[src], v[dst],
                    conn < 0 ? null : v[conn], lbo < 0 ? null : v[lbo], enabled < 0 ? null : v[enabled], max));
        }
        return out;
    }

    private static int col(String[] cols, String word) {
        for (int i = 0; i < cols.length; i++) {
            if (cols[i].toLowerCase(Locale.ROOT).startsWith(word)) {
                return i;
            }
        }
        return -1;
    }
}
