package org.backupadvisor.core.plan;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.model.ThroughputPath;

/**
 * One composed path as a what-if function: the path with {@code changes} applied to whichever environments own
 * them. The planner prices changes through it without knowing which products the path crosses.
 */
public interface PathModel {
    /** The path with {@code changes} applied; null when it cannot be built. Pure: called from several threads. */
    ThroughputPath path(List<Recommendation> changes);

    /** How many configuration objects stand behind the path: pricing trials in parallel pays only for large ones. */
    int objectCount();

    /**
     * The same path with {@code changes} applied for good: the planner steps forward with it, so a change applied in
     * step 1 (data readers on 50,000 subclients) is not applied again for every trial of the later steps.
     */
    PathModel with(List<Recommendation> changes);
}
