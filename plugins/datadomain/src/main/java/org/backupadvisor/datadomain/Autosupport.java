package org.backupadvisor.datadomain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;

/**
 * A Data Domain autosupport (ASUP) report as the system mails or saves it (plugins/datadomain/.../SOURCES.md): mail
 * headers, then {@code ==========  GENERAL INFO  ==========} with one {@code KEY=VALUE} per line ({@code VERSION=Data
 * Domain OS 6.2.0.20-620803}, {@code MODEL_NO=DD7200}, {@code HOSTNAME=...}), then further {@code ====  NAME  ====}
 * blocks of titled sections (a title line over a dashed rule of its length). Only GENERAL INFO is read: the system's
 * host name, model (for its published replication stream limit) and DDOS version; the sections are counted in a
 * note.
 */
final class Autosupport {
    private static final Pattern BLOCK = Pattern.compile("^=+\\s+([A-Z][A-Z ]*[A-Z])\\s+=+$");
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$");
    private static final Pattern DDOS = Pattern.compile("^Data Domain OS (\\d+(?:\\.\\d+)+(?:-\\d+)?)$");

    record Read(DataDomainSystem system, String note) {
    }

    private Autosupport() {
    }

    static boolean detect(InputFile f) {
        String head = f.head(16 * 1024);
        return head.contains("GENERAL INFO  ==========") && head.contains("MODEL_NO=") && head.contains("HOSTNAME=");
    }

    static Read read(InputFile f) {
        List<TextLines.Line> lines = TextLines.of(f);
        int general = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BLOCK.matcher(lines.get(i).text().strip());
            if (m.matches() && m.group(1).equals("GENERAL INFO")) {
                general = i;
                break;
            }
        }
        if (general < 0) {
            throw new InputException(f.name() + ": no '==========  GENERAL INFO  ==========' block: expected a Data "
                    + "Domain autosupport report");
        }
        Map<String, TextLines.Line> info = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        int i = general + 1;
        for (; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty() || BLOCK.matcher(t).matches()) {
                break;
            }
            Matcher m = KEY_VALUE.matcher(t);
            if (m.matches()) {
                info.putIfAbsent(m.group(1), lines.get(i));
                values.putIfAbsent(m.group(1), m.group(2).strip());
            }
        }
        TextLines.Line header = lines.get(general);
        String host = values.get("HOSTNAME");
        if (host == null || host.isEmpty() || !host.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,252}")) {
            throw (host == null ? header : info.get("HOSTNAME")).error("HOSTNAME" + (host == null ? " missing"
                    : " = '" + abbreviate(host) + "'") + ": expected the system's host name in GENERAL INFO, e.g. "
                    + "HOSTNAME=dd9300-dc1.example.com");
        }
        String model = values.get("MODEL_NO");
        if (model != null && !model.matches("[A-Za-z0-9 ._-]{1,40}")) {
            throw info.get("MODEL_NO").error("MODEL_NO = '" + abbreviate(model) + "': expected a model such as DD9300");
        }
        String version = values.get("VERSION");
        String ddos = null;
        if (version != null) {
            Matcher v = DDOS.matcher(version);
            if (!v.matches()) {
                throw info.get("VERSION").error("VERSION = '" + abbreviate(version) + "': expected 'Data Domain OS "
                        + "6.2.0.20-620803'");
            }
            ddos = v.group(1);
        }
        // Titled sections after GENERAL INFO: a title line over a dashed rule of the same length.
        List<String> sections = new ArrayList<>();
        for (int k = i; k + 1 < lines.size(); k++) {
            String title = lines.get(k).text().strip();
            String rule = lines.get(k + 1).text().strip();
            if (!title.isEmpty() && rule.length() == title.length() && rule.matches("-{3,}") && !title.startsWith("-")) {
                sections.add(title);
            }
        }
        String origin = f.name() + ": line " + header.number();
        String note = f.name() + ": autosupport of " + host + ": read HOSTNAME, MODEL_NO " + (model == null ? "(none)" : model)
                + ", VERSION " + (ddos == null ? "(none)" : ddos) + " from GENERAL INFO; " + sections.size()
                + " other section(s) not read" + (sections.isEmpty() ? "" : " (e.g. "
                + String.join(", ", sections.subList(0, Math.min(3, sections.size()))) + ")");
        return new Read(new DataDomainSystem(host, origin, model, ddos, null, null), note);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
