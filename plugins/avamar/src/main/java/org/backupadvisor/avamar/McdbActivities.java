package org.backupadvisor.avamar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

/**
 * The Avamar MCDB view {@code v_activities_2} exported as text (plugins/avamar/.../SOURCES.md): psql
 * {@code \copy (select ...) to 'file' csv header} (comma-separated, quoted where a value needs it) or
 * {@code psql -A -F,} (unaligned: a header line, rows, a "(N rows)" footer; {@code -A} alone separates with '|').
 * Columns are found by name in the header, so any {@code select} list works that has:
 * <ul>
 *   <li>{@code type} and/or {@code plugin_name}: replication rows are those whose plug-in is "Replicate" or whose type
 *       names replication (as the mccli reader decides), backups those whose type contains "Backup" (the MCDB queries
 *       Avamar admins publish select {@code type LIKE '%Backup%'});</li>
 *   <li>{@code status_code}: 30000 completed, 30005 completed with exceptions, anything else did not complete;</li>
 *   <li>{@code started_ts}, {@code completed_ts}: timestamps ("2026-11-28 18:00:00", psql's text form);</li>
 *   <li>optional {@code bytes_scanned} (replication.size, as mccli's progress bytes), {@code client_name},
 *       {@code ddr_hostname} (the Data Domain a backup wrote to).</li>
 * </ul>
 * Replication jobs become {@link ActivityHistory.Job}s and go through the same run and measurement logic as the
 * mccli history.
 */
final class McdbActivities {
    static final ActivityHistory.Wording WORDING = new ActivityHistory.Wording("v_activities_2",
            "completed_ts - started_ts", "bytes_scanned");
    private static final Pattern TS = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)([+-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern FOOTER = Pattern.compile("^\\(\\d+ rows?\\)$");

    private McdbActivities() {
    }

    /** A header line naming the view's timestamps and a way to tell replication from backups. */
    static boolean detect(InputFile f) {
        String head = f.head(4096);
        int nl = head.indexOf('\n');
        String header = (nl < 0 ? head : head.substring(0, nl)).strip().toLowerCase(Locale.ROOT);
        List<String> cols = List.of(header.split("[,|]"));
        return cols.contains("started_ts") && cols.contains("completed_ts")
                && (cols.contains("type") || cols.contains("plugin_name"));
    }

    static ActivityHistory.History read(InputFile f) {
        List<TextLines.Line> lines = TextLines.of(f);
        if (lines.isEmpty()) {
            throw new InputException(f.name() + ": empty: expected a v_activities_2 export with a header line");
        }
        TextLines.Line headerLine = lines.get(0);
        char sep = headerLine.text().indexOf(',') >= 0 ? ',' : '|';
        List<String> header = split(headerLine, sep);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String needed : List.of("status_code", "started_ts", "completed_ts")) {
            if (!col.containsKey(needed)) {
                throw headerLine.error("no '" + needed + "' column: expected a v_activities_2 export whose header "
                        + "names type or plugin_name, status_code, started_ts and completed_ts (psql without -t)");
            }
        }
        List<ActivityHistory.Job> jobs = new ArrayList<>();
        List<ActivityHistory.Backup> backups = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            TextLines.Line l = lines.get(n);
            String t = l.text().strip();
            if (t.isEmpty() || FOOTER.matcher(t).matches()) {
                continue;
            }
            List<String> v = split(l, sep);
            if (v.size() != header.size()) {
                throw l.error("expected " + header.size() + " fields as the header names, found " + v.size()
                        + (sep == ',' ? " (psql -A does not quote values that hold a comma: export with \\copy ... csv header)" : ""));
            }
            String type = get(v, col, "type");
            String plugin = get(v, col, "plugin_name");
            boolean replication = ActivityHistory.replication(plugin, type);
            boolean backup = !replication && ActivityHistory.backupType(type);
            if (!replication && !backup) {
                continue; // restores, validations, maintenance: nothing the replication path needs
            }
            String client = get(v, col, "client_name");
            String started = get(v, col, "started_ts");
            String completed = get(v, col, "completed_ts");
            if (completed == null) {
                continue; // still running: says nothing about a finished run
            }
            LocalDateTime end = timestamp(l, "completed_ts", completed);
            LocalDateTime start = timestamp(l, "started_ts", started);
            if (!end.isAfter(start)) {
                throw l.error("completed_ts " + completed + " is not after started_ts " + started);
            }
            if (Duration.between(start, end).compareTo(ActivityHistory.MAX_JOB) > 0) {
                throw l.error("completed_ts " + completed + " is more than 366 days after started_ts " + started
                        + ": not a job's run time");
            }
            Double bytes = bytes(l, get(v, col, "bytes_scanned"));
            String origin = f.name() + ": line " + l.number();
            if (backup) {
                backups.add(new ActivityHistory.Backup(client == null ? "?" : client, start, end, bytes,
                        get(v, col, "ddr_hostname"), origin));
                continue;
            }
            String code = get(v, col, "status_code");
            if (code == null || !code.matches("\\d{1,9}")) {
                throw l.error("status_code = '" + (code == null ? "" : abbreviate(code))
                        + "': expected an Avamar status code such as 30000 (completed) or 30005 (with exceptions)");
            }
            String status = switch (code) {
                case "30000" -> "Completed";
                case "30005" -> "Completed w/Exception(s)";
                default -> "status_code " + code;
            };
            if (!status.startsWith("Completed")) {
                continue;
            }
            jobs.add(new ActivityHistory.Job("line " + l.number(), status, client == null ? "?" : client,
                    Duration.between(start, end), end, bytes, origin, WORDING));
        }
        return new ActivityHistory.History(jobs, backups);
    }

    private static String get(List<String> v, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) {
            return null;
        }
        String s = v.get(i).strip();
        return s.isEmpty() ? null : s;
    }

    /** psql's text form of a timestamp, with or without fraction and UTC offset (timestamptz): to UTC when offset. */
    static LocalDateTime timestamp(TextLines.Line l, String column, String v) {
        if (v == null) {
            throw l.error(column + " is empty: expected a timestamp such as 2026-11-28 18:00:00");
        }
        Matcher m = TS.matcher(v);
        if (!m.matches()) {
            throw l.error(column + " = '" + abbreviate(v) + "': expected a timestamp such as 2026-11-28 18:00:00");
        }
        try {
            LocalDateTime t = LocalDateTime.parse(m.group(1) + "T" + (m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2)));
            if (m.group(3) != null) {
                String off = m.group(3).length() == 3 ? m.group(3) + ":00" : m.group(3).replaceFirst("^([+-]\\d{2})(\\d{2})$", "$1:$2");
                t = t.atOffset(ZoneOffset.of(off)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return t;
        } catch (java.time.DateTimeException e) {
            throw l.error(column + " = '" + abbreviate(v) + "': not a valid date and time");
        }
    }

    private static Double bytes(TextLines.Line l, String v) {
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,20}(\\.\\d{1,9})?")) {
            throw l.error("bytes_scanned = '" + abbreviate(v) + "': expected a number of bytes");
        }
        return Double.parseDouble(v);
    }

    /** One line into fields: double quotes as \copy's csv writes them ("a,b", "say ""hi"""); none with psql -A. */
    static List<String> split(TextLines.Line l, char sep) {
        String s = l.text();
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && sep == ',' && cur.toString().isBlank()) {
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw l.error("unterminated quoted value: expected one activity per line as \\copy ... csv writes it");
        }
        out.add(cur.toString());
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
