package org.backupadvisor.netbackup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.measure.Measurement;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;

/**
 * {@code bpdbjobs -report -all_columns}: one comma-separated line per job, commas inside a field escaped as
 * {@code \,}. The first 15 columns are fixed (research §1.8: jobid, jobtype, state, status, policy, schedule, client,
 * server, started, elapsed, ended, stunit, try, operation, kbytes); the rest holds variable-length file and try lists,
 * read here only for bptm/bpbkar buffer-wait lines. Gives the measured backup rate (the newest finished backup job and
 * those that overlapped it: their kilobytes over their combined span) and the buffer waits as a note.
 */
final class Bpdbjobs {
    private static final Pattern FULL = Pattern.compile("waited for full buffer (\\d+) times");
    private static final Pattern EMPTY = Pattern.compile("waited (?:for empty buffer (\\d+) times|(\\d+) times for empty buffer)");

    record Job(long id, String policy, String stunit, long started, long ended, double bytes, String origin) {
        boolean overlaps(Job o) {
            return started < o.ended && o.started < ended;
        }
    }

    private final List<Job> jobs = new ArrayList<>();
    private long fullWaits;
    private long emptyWaits;

    static boolean looksLike(String head) {
        String first = head.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<String> f = split(first);
        return f.size() >= 30 && f.get(0).matches("\\d+") && f.get(1).matches("\\d+") && f.get(8).matches("\\d{9,10}");
    }

    void read(InputFile file) {
        for (TextLines.Line l : TextLines.of(file)) {
            if (l.text().isBlank()) {
                continue;
            }
            List<String> f = split(l.text());
            if (f.size() < 15) {
                throw l.error("expected a bpdbjobs -report -all_columns line (at least 15 comma-separated columns: jobid, "
                        + "jobtype, state, status, ... kbytes), found " + f.size());
            }
            long id = number(f.get(0), l, "jobid");
            Matcher m = FULL.matcher(l.text());
            while (m.find()) {
                fullWaits += Long.parseLong(m.group(1));
            }
            m = EMPTY.matcher(l.text());
            while (m.find()) {
                emptyWaits += Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
            }
            // Finished (state 3) backups (type 0) that succeeded (status 0) or partly (1).
            if (!f.get(1).equals("0") || !f.get(2).equals("3") || !(f.get(3).equals("0") || f.get(3).equals("1"))) {
                continue;
            }
            long started = number(f.get(8), l, "started");
            long ended = number(f.get(10), l, "ended");
            long kbytes = f.get(14).isEmpty() ? 0 : number(f.get(14), l, "kbytes");
            if (ended > started && kbytes > 0) {
                jobs.add(new Job(id, f.get(4), f.get(11), started, ended, kbytes * 1024.0, file.name() + ": line " + l.number()));
            }
        }
    }

    Measurements measurements() {
        if (jobs.isEmpty()) {
            return Measurements.none();
        }
        Job newest = jobs.stream().max(java.util.Comparator.comparingLong(Job::ended)).orElseThrow();
        List<Job> run = jobs.stream().filter(j -> j == newest || j.overlaps(newest)).toList();
        long from = run.stream().mapToLong(Job::started).min().orElseThrow();
        long to = run.stream().mapToLong(Job::ended).max().orElseThrow();
        double bytes = run.stream().mapToDouble(Job::bytes).sum();
        DataRate r = DataRate.ofBytesPerSecond(bytes / (to - from));
        return Measurements.builder().put(new Measurement(MeasurementKey.THROUGHPUT_CURRENT, r.bytesPerSecond(), r.toString(),
                newest.origin() + ": " + run.size() + " backup job(s) ending with job " + newest.id() + " moved "
                        + DataSize.ofBytes(bytes) + " (kbytes × 1024) in " + (to - from) + " s = " + r + " combined")).build();
    }

    List<String> notes() {
        if (fullWaits == 0 && emptyWaits == 0) {
            return List.of();
        }
        String side = fullWaits > emptyWaits ? "the clients or the network feed the media server slower than it writes: more "
                + "buffers will not help, more streams will" : "the storage side is slower than the data arrives: more or "
                + "larger buffers, or fewer concurrent jobs per storage unit, may help";
        return List.of("bpdbjobs: bptm waited for full buffer " + fullWaits + " times, for empty buffer " + emptyWaits
                + " times: " + side + " (research §2 [TG-wait])");
    }

    private static long number(String v, TextLines.Line l, String column) {
        if (!v.trim().matches("\\d{1,15}")) {
            throw l.error("bpdbjobs column " + column + " is '" + v + "': expected a whole number");
        }
        return Long.parseLong(v.trim());
    }

    /** Splits on commas not escaped with a backslash. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ',') {
                cur.append(',');
                i++;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
