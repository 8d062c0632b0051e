package org.backupadvisor.core.measure;

import java.time.Duration;
import org.backupadvisor.core.input.UsageException;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;

/** The throughput the user needs, and how it was stated ("--target 173MB/s" or "30 TB in 48 h"). */
public record Target(DataRate rate, String source, DataSize size, Duration window) {

    public Target(DataRate rate, String source) {
        this(rate, source, null, null);
    }

    public static Target of(DataRate rate) {
        return new Target(rate, rate.toString());
    }

    /** "30TB in 48h" → 173.6 MB/s (decimal units, as the seed computes it). */
    public static Target ofWindow(DataSize size, Duration window) {
        return new Target(DataRate.of(size, window), size + " in " + Durations.format(window), size, window);
    }

    /** Why a stated goal is unusable; each front end words it with its own option or field names. */
    public enum Problem {
        NONE, BOTH, WINDOW_WITHOUT_SIZE, SIZE_WITHOUT_WINDOW;

        /** One line naming the fields as the front end does ({@code --window} on the command line, {@code window} in the API). */
        public String message(OptionStyle s) {
            String sizeInWindow = s.example("window", "48h") + s.and() + s.example("size", "30TB");
            return switch (this) {
                case BOTH -> "give either " + s.name("target") + " or " + s.name("window") + " with " + s.name("size")
                        + ", not both";
                case WINDOW_WITHOUT_SIZE -> s.name("window") + " needs " + s.name("size") + " too (e.g. " + sizeInWindow + ")";
                case SIZE_WITHOUT_WINDOW -> s.name("size") + " needs " + s.name("window") + " too (e.g. " + sizeInWindow + ")";
                case NONE -> "no target: pass " + s.usage("target", "RATE") + " (e.g. 173MB/s) or "
                        + s.usage("window", "DURATION") + s.and() + s.usage("size", "SIZE") + " (e.g. 48h and 30TB), "
                        + s.usage("restoreTarget", "RATE") + ", or " + s.example("measure", "replication.size=SIZE")
                        + " with " + s.example("measure", "replication.window=DURATION");
            };
        }
    }

    /** Thrown by {@link #of(DataRate, DataSize, Duration)}: which {@link Problem}. */
    public static final class GoalException extends RuntimeException {
        private final Problem problem;

        GoalException(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * The backup goal as the front ends take it: a rate (its source "--target 173MB/s" or "target 173MB/s", from
     * {@code rateText} as the user gave it), or a size in a window; none only when another phase has a goal of its
     * own ({@code restoreTarget} given, or replication.size with replication.window measured). A {@link Problem} is a
     * {@link UsageException} worded with the front end's names.
     */
    public static Target backupGoal(DataRate rate, String rateText, DataSize size, Duration window,
                                    boolean restoreTarget, Measurements m, OptionStyle style) {
        // A replication window alone is enough here: the size may come from the exports' job history (Avamar's
        // mccli activity); when it does not, the analysis refuses with "no goal".
        boolean otherGoal = restoreTarget || m.get(MeasurementKey.REPLICATION_WINDOW).isPresent();
        try {
            Target t = of(rate, size, window, !otherGoal);
            return t == null || rate == null ? t : new Target(rate, style.name("target") + " " + rateText);
        } catch (GoalException e) {
            throw new UsageException(e.problem().message(style));
        }
    }

    /**
     * The backup goal from a rate, or a size in a window, never both (DESIGN.md §4); null when none was given and
     * {@code required} is false (another phase's goal may be given).
     */
    public static Target of(DataRate rate, DataSize size, Duration window, boolean required) {
        if (rate != null && (window != null || size != null)) {
            throw new GoalException(Problem.BOTH);
        }
        if (rate != null) {
            return of(rate);
        }
        if (window != null && size != null) {
            return ofWindow(size, window);
        }
        if (window != null) {
            throw new GoalException(Problem.WINDOW_WITHOUT_SIZE);
        }
        if (size != null) {
            throw new GoalException(Problem.SIZE_WITHOUT_WINDOW);
        }
        if (required) {
            throw new GoalException(Problem.NONE);
        }
        return null;
    }
}
