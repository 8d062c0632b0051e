package org.backupadvisor.core.render;

import org.backupadvisor.core.analysis.Analysis;

/**
 * How a front end tells the user to supply a missing input: the CLI says {@code --measure tape.drives=N}, the REST
 * service names its request field. Rules and the core only say which input is missing ({@link Analysis.MissingInput}).
 */
public interface Hints {
    /** How to supply measurement {@code key} ("throughput.current", "tape.drives"). */
    String measure(String key);

    /** Product- and front-end-neutral: "measure tape.drives". */
    Hints NEUTRAL = key -> "measure " + key;

    /** The hint for a missing input, or null when it is not something the user passes (an export field). */
    default String hint(Analysis.MissingInput missing) {
        return missing != null && missing.kind().equals("measurement") ? measure(missing.key()) : null;
    }
}
