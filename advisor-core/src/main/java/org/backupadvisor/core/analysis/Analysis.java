package org.backupadvisor.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The immutable result of one analysis, serialised as versioned JSON (DESIGN.md §4, schemaVersion 1). Every
 * renderer reads only this. Rates are bytes per second (decimal MB = 10^6 B when shown).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Analysis(
        int schemaVersion,
        String analysisId,
        String createdAt,
        String advisorVersion,
        List<Input> inputs,
        Rate target,
        Rate measured,
        Today today,
        Projected projected,
        Boolean targetMet,
        Bottleneck bottleneck,
        List<Step> steps,
        List<Rec> recommendations,
        List<FindingRow> findings,
        List<String> assumptions,
        String verdict,
        List<GoalResult> goals,
        List<AdviceRow> advice,
        List<String> skipped,
        java.util.Map<String, String> versions,
        java.util.Map<String, Integer> notFired) {

    public static final int SCHEMA_VERSION = 1;

    /** A row's {@code objects}; absent (an analysis stored before the field) it is the row's one object. */
    private static List<String> objectsOrOne(List<String> objects, String object) {
        return objects == null ? (object == null ? List.of() : List.of(object)) : List.copyOf(objects);
    }

    /** Findings per status (FIRED, NOT_EVALUATED, NOT_FIRED); NOT_FIRED from {@link #notFired} when not listed. */
    public java.util.Map<String, Long> findingCounts() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        if (findings != null) {
            findings.forEach(f -> out.merge(f.status(), (long) Math.max(1, f.count()), Long::sum));
        }
        if (notFired != null && !out.containsKey("NOT_FIRED")) {
            long n = notFired.values().stream().mapToLong(Integer::longValue).sum();
            if (n > 0) {
                out.put("NOT_FIRED", n);
            }
        }
        return out;
    }

    /** Rules that ran on at least one object: a finding other than NOT_EVALUATED, or a NOT_FIRED count. */
    public java.util.Set<String> evaluatedRules() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (findings != null) {
            findings.stream().filter(f -> !"NOT_EVALUATED".equals(f.status())).forEach(f -> out.add(f.ruleId()));
        }
        if (notFired != null) {
            out.addAll(notFired.keySet());
        }
        return out;
    }

    // versions: product id → the version its exports report (as written, e.g. "11.28.56"), for report headers.
    // notFired: rule id → how many objects the rule checked without firing; those rows are in findings only when
    // asked for (--findings all). Absent in analyses written before it existed.

    /** Verdict words (JSON): the goal is met; settings cannot close the gap; hardware binds; nothing could be priced. */
    public static final String MET = "met";
    public static final String HARDWARE = "hardware";
    public static final String SETTINGS_EXHAUSTED = "settings-exhausted";
    public static final String UNPRICED = "unpriced";

    /**
     * One goal (backup rate, replication window, restore rate) and every path of its phase, each projected and
     * planned on its own; {@code combined} says how they add up. Durations are set when the goal has a size.
     */
    public record GoalResult(String phase, Rate target, Double sizeBytes, Double windowSeconds, Rate measured,
                             Double todayBytesPerSecond, Double projectedBytesPerSecond,
                             Double todayDurationSeconds, Double projectedDurationSeconds, Boolean met, String verdict,
                             String combined, List<PathResult> paths) {
    }

    /** One composed path: which products contributed, today, projected, what binds, its steps (ranks), its notes. */
    public record PathResult(String id, String product, List<String> contributors, Today today, Projected projected,
                             Boolean targetMet, Bottleneck bottleneck, List<Step> steps, List<String> assumptions) {
    }

    /** Advice that is not a knob change (topology, "do not raise X", a practice), with how to act on it. */
    public record AdviceRow(String ruleId, String product, String kind, String object, String text, String why,
                            String severity, String source, Remedy remedy, String evidence) {
    }

    /** The missing input of a NOT_EVALUATED finding: {@code kind} measurement / field / export. */
    public record MissingInput(String kind, String key, String source) {
    }

    /** Remediation as typed actions, the verification, and "none" / "service" / "reboot" for the restart needed. */
    public record Remedy(List<Action> apply, List<Action> rollback, List<Action> verify, String restart) {
    }

    /** One action: {@code kind} console / rest / cli / file / registry / note. */
    public record Action(String kind, String text) {
    }

    public record Input(String file, String product, String format, String sha256) {
    }

    public record Rate(double bytesPerSecond, String source) {
    }

    /** Today's path as the model sees it: effective streams, per-stream rate, the arithmetic. */
    public record Today(double bytesPerSecond, int effectiveStreams, double perStreamBytesPerSecond,
                        String bottleneck, List<String> derivation) {
    }

    public record Projected(double bytesPerSecond, double lowBytesPerSecond, double highBytesPerSecond,
                            int effectiveStreams, List<String> derivation) {
    }

    /** What binds; {@code settingsBind} is true when the binding limit reads a setting a change could move. */
    public record Bottleneck(String stage, String description, double capacityBytesPerSecond, boolean settingsBind) {
    }

    /** A greedy step: its changes (by rank), the rate before and after, and why. */
    public record Step(int step, List<Integer> ranks, double beforeBytesPerSecond, double afterBytesPerSecond,
                       List<String> derivation) {
    }

    /**
     * One recommendation. {@code apply}/{@code rollback} are the steps as one text (schema 1); {@code remediation}
     * has them typed, with the verify step and whether a restart or reboot is needed; {@code evidence} says where
     * the object was read ("file: line").
     * <p>{@code objects} (additive to schema 1) lists every object that gets exactly this change — same rule,
     * setting, current and recommended value, reason and plan step — so 37,500 subclients at 1 reader make one row,
     * not 37,500. {@code object}, {@code evidence} and the remediation texts are the first object's; the same change
     * applies to each of the others. Analyses stored before the field existed read back with {@code [object]}.
     */
    public record Rec(int rank, Integer step, String ruleId, String product, String setting, String object,
                      List<String> objects, Object current, Object recommended, String severity, String risk,
                      Double expectedGainBytesPerSecond, Double projectedAfterBytesPerSecond, String gainNote,
                      String why, String apply, String rollback, String source, Remedy remediation,
                      String evidence) {
        public Rec {
            objects = objectsOrOne(objects, object);
        }
    }

    /**
     * A rule's outcome on one object, or on every object in {@code objects} that got the same outcome, message and
     * reason (additive to schema 1; {@code object} and {@code evidence} are the first's; {@code --findings all}
     * lists one row per object). NOT_EVALUATED rows name the {@code missing} input as data when a rule did.
     */
    public record FindingRow(String ruleId, String status, String object, List<String> objects, String message,
                             String reason, MissingInput missing, String evidence) {
        public FindingRow {
            objects = objectsOrOne(objects, object);
        }

        /** How many objects this row stands for. */
        public int count() {
            return objects.size();
        }
    }
}
