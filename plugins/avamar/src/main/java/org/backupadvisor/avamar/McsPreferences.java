package org.backupadvisor.avamar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;

/**
 * The Avamar MCS preferences file {@code /usr/local/avamar/var/mc/server_data/prefs/mcserver.xml}: a
 * {@code java.util.prefs} XML document ({@code <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">},
 * {@code preferences/root[@type=system]}, nested {@code node[@name]} each with a {@code map} of
 * {@code entry[@key, @value]}). Only keys Dell documents are read, wherever they sit in the node tree:
 * <ul>
 *   <li>{@code repl_window_hours} (default 24): a replication job times out when it runs longer (Dell KB 000058188);</li>
 *   <li>{@code max_concurrent_jobs}, {@code max_jobs_per_node}, {@code percent_of_max_concurrent_jobs},
 *       {@code percent_of_max_concurrent_jobs_hfscheck}: the grid's session limits (Dell KB 000063548).</li>
 * </ul>
 * Everything else the file holds (mail, database, vCenter and other MCS settings) is counted and named in a note.
 */
record McsPreferences(String file, Map<String, Integer> values, Map<String, String> origins, int otherEntries,
                      List<String> otherExamples, List<String> notes) {
    static final String REPL_WINDOW_HOURS = "repl_window_hours";
    static final String MAX_CONCURRENT_JOBS = "max_concurrent_jobs";
    static final String MAX_JOBS_PER_NODE = "max_jobs_per_node";
    static final String PERCENT_OF_MAX = "percent_of_max_concurrent_jobs";
    static final String PERCENT_OF_MAX_HFSCHECK = "percent_of_max_concurrent_jobs_hfscheck";

    /** Confirmed keys → {min, max} of a sane value and what it means, for the error message. */
    private static final Map<String, Object[]> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(REPL_WINDOW_HOURS, new Object[] {1, 8784, "hours, e.g. 24"});
        KEYS.put(MAX_CONCURRENT_JOBS, new Object[] {1, 1_000_000, "a whole number of jobs, e.g. 480"});
        KEYS.put(MAX_JOBS_PER_NODE, new Object[] {1, 100_000, "a whole number of jobs, e.g. 30"});
        KEYS.put(PERCENT_OF_MAX, new Object[] {0, 100, "a percentage 0..100, e.g. 90"});
        KEYS.put(PERCENT_OF_MAX_HFSCHECK, new Object[] {0, 100, "a percentage 0..100, e.g. 10"});
    }

    /**
     * A java.util.prefs document that is Avamar's: named mcserver*.xml, or carrying one of the documented MCS keys
     * (another application's preferences export is not claimed).
     */
    static boolean detect(InputFile f) {
        String head = f.head(1 << 20);
        if (!head.contains("<preferences") || !head.contains("<root") || !head.contains("<entry")) {
            return false;
        }
        String base = f.name().replace('\\', '/').replaceFirst("^.*/", "").toLowerCase(Locale.ROOT);
        if (base.startsWith("mcserver.xml.")) {
            return false; // a saved copy next to the live file (mcserver.xml.b4upgrade, .bak): left for the folder's skip line
        }
        return base.startsWith("mcserver") && base.endsWith(".xml")
                || KEYS.keySet().stream().anyMatch(k -> head.contains("\"" + k + "\""));
    }

    static McsPreferences read(InputFile f) {
        // java.util.prefs always writes its DOCTYPE: allowed here, never loaded (Trees.Doctype.IGNORE).
        Node root = Trees.xml(f, Trees.Doctype.IGNORE);
        Node prefs = root.child("preferences").orElseThrow(() -> root.error(
                "expected a java.util.prefs document (<preferences><root type=\"system\">...) as mcserver.xml is"));
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int other = 0;
        for (Node e : prefs.findAll("entry")) {
            String key = e.text("key").orElseThrow(() -> e.error("<entry> without key: expected "
                    + "<entry key=\"repl_window_hours\" value=\"24\"/>"));
            Object[] spec = KEYS.get(key);
            if (spec == null) {
                other++;
                if (others.size() < 3 && !others.contains(key)) {
                    others.add(key);
                }
                continue;
            }
            String v = e.text("value").orElse("").strip();
            int min = (Integer) spec[0];
            int max = (Integer) spec[1];
            if (!v.matches("\\d{1,9}") || Long.parseLong(v) < min || Long.parseLong(v) > max) {
                throw e.error(key + " = '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "': expected "
                        + spec[2]);
            }
            int n = Integer.parseInt(v);
            Integer before = values.putIfAbsent(key, n);
            if (before == null) {
                origins.put(key, e.origin());
            } else if (before != n) {
                notes.add(e.origin() + ": " + key + " = " + n + " ignored: the first " + key + " (" + origins.get(key)
                        + ") = " + before + " is used");
            }
        }
        return new McsPreferences(f.name(), values, origins, other, others, notes);
    }

    Integer replWindowHours() {
        return values.get(REPL_WINDOW_HOURS);
    }

    /** The skip line: what was read and what else the file holds. */
    String summary() {
        StringBuilder s = new StringBuilder(file).append(": MCS preferences: ");
        if (values.isEmpty()) {
            s.append("none of repl_window_hours, max_concurrent_jobs, max_jobs_per_node, percent_of_max_concurrent_jobs[_hfscheck] set (Avamar's defaults apply)");
        } else {
            List<String> read = new ArrayList<>();
            values.forEach((k, v) -> read.add(k + " " + v));
            s.append("read ").append(String.join(", ", read));
        }
        if (otherEntries > 0) {
            s.append("; ").append(otherEntries).append(" other preference(s) not read (e.g. ")
                    .append(String.join(", ", otherExamples)).append(")");
        }
        return s.toString();
    }
}
