package org.backupadvisor.core.input;

/**
 * How many values (JSON values, XML elements and attributes, text lines) one analysis may read into memory, across
 * every file of its bundle. Bytes alone do not bound memory: a 60 MB one-line JSON array of small numbers becomes tens
 * of millions of nodes, and a small zip can hold several such files. The budget keeps any input either refused with a
 * one-line error or read within a fixed heap (50,000 subclients are about 1,000,000 values).
 */
public final class ReadBudget implements AutoCloseable {
    public static final long MAX_VALUES = 2_500_000;
    private static final ThreadLocal<ReadBudget> CURRENT = new ThreadLocal<>();

    private final long max;
    private final ReadBudget outer;
    private final java.util.Set<String> linesCounted = new java.util.HashSet<>();
    private long used;

    private ReadBudget(long max, ReadBudget outer) {
        this.max = max;
        this.outer = outer;
    }

    /** A budget for everything the current thread reads until {@link #close()} (one analysis). */
    public static ReadBudget open(long max) {
        ReadBudget b = new ReadBudget(max, CURRENT.get());
        CURRENT.set(b);
        return b;
    }

    /** The budget of the running analysis, or a fresh one for a single read outside any analysis. */
    static ReadBudget current() {
        ReadBudget b = CURRENT.get();
        return b != null ? b : new ReadBudget(MAX_VALUES, null);
    }

    /** Counts one value read at {@code file}:{@code line}; past the budget the read stops with a one-line error. */
    void spend(String file, int line) {
        if (++used > max) {
            throw InputException.at(file, line, "the inputs hold more than " + max + " values (JSON values, XML "
                    + "elements and attributes, text lines); split the bundle");
        }
    }

    /**
     * Counts the lines of a text file once per analysis (detection and parsing may both split the same file), so a
     * bundle of text exports is bounded like one of JSON or XML.
     */
    void spendLines(String file, int lines) {
        if (linesCounted.add(file)) {
            used += lines;
            if (used > max) {
                throw InputException.at(file, lines, "the inputs hold more than " + max + " values (JSON values, XML "
                        + "elements and attributes, text lines); split the bundle");
            }
        }
    }

    public long used() {
        return used;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
