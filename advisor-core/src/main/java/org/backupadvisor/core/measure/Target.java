package org.backupadvisor.core.measure;

import java.time.Duration;
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
    public enum Problem { NONE, BOTH, WINDOW_WITHOUT_SIZE, SIZE_WITHOUT_WINDOW }

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
