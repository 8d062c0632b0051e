package org.backupadvisor.core.plan;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.model.Projection;

/** One greedy step: a change or a coupled bundle, and the projected rate before and after it. */
public record PlanStep(int step, List<Recommendation> changes, double beforeBytesPerSecond,
                       double afterBytesPerSecond, Projection projection) {
    public double gainBytesPerSecond() {
        return afterBytesPerSecond - beforeBytesPerSecond;
    }
}
