package org.backupadvisor.core.analysis;

import java.util.Locale;

/**
 * Where an analysis spends its time, printed to stderr when {@code -Dadvisor.timings=true} (bench/run.sh sets it):
 * "advisor timings: parse 2.10 s, rules 6.40 s, ...". Off by default; costs one branch per phase.
 */
public final class PhaseTimer {
    static final boolean ON = Boolean.getBoolean("advisor.timings");
    private final StringBuilder out = new StringBuilder();
    private long last = System.nanoTime();

    /** Records the time since the previous mark (or creation) under {@code phase}. */
    public void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        out.append(out.length() == 0 ? "" : ", ").append(phase)
                .append(String.format(Locale.ROOT, " %.2f s", (now - last) / 1e9));
        last = now;
    }

    /** Prints the marks (when on). */
    public void print() {
        if (ON && out.length() > 0) {
            System.err.println("advisor timings: " + out);
        }
    }
}
