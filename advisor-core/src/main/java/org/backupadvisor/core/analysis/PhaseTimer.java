package org.backupadvisor.core.analysis;

import java.util.Locale;

/**
 * Where an analysis spends its time, printed to stderr when {@code -Dadvisor.timings=true} (bench/run.sh sets it):
 * "advisor timings: parse 2.10 s (cpu 1.90 s), rules ..." (CPU of the analysing thread). Off by default; costs one branch per phase.
 */
public final class PhaseTimer {
    static final boolean ON = Boolean.getBoolean("advisor.timings");
    private final StringBuilder out = new StringBuilder();
    private long last = System.nanoTime();
    // CPU time of the analysing thread: on a shared machine wall time says more about the neighbours than the code.
    private final java.lang.management.ThreadMXBean threads = ON ? java.lang.management.ManagementFactory.getThreadMXBean() : null;
    private long lastCpu = ON ? threads.getCurrentThreadCpuTime() : 0;

    /** Records the time since the previous mark (or creation) under {@code phase}. */
    public void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        out.append(out.length() == 0 ? "" : ", ").append(phase)
                .append(String.format(Locale.ROOT, " %.2f s (cpu %.2f s)", (now - last) / 1e9, (cpu - lastCpu) / 1e9));
        last = now;
        lastCpu = cpu;
    }

    /** Prints the marks (when on). */
    public void print() {
        if (ON && out.length() > 0) {
            System.err.println("advisor timings: " + out);
        }
    }
}
