package org.backupadvisor.core.plan;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.model.Projection;

/**
 * The planner's result: today's and the planned projection (null when nothing could be priced), the low end of
 * the range, the greedy steps, every recommendation in rank order, and the assumptions behind the numbers.
 */
public record Plan(Projection today, Projection planned, Projection low, Double perStreamBytesPerSecond,
                   List<PlanStep> steps, List<PlannedRecommendation> ranked, List<String> assumptions) {

    static Plan unpriced(List<Recommendation> bySeverity, List<String> notes) {
        List<PlannedRecommendation> ranked = new ArrayList<>();
        for (Recommendation r : bySeverity) {
            ranked.add(new PlannedRecommendation(r, null, null, null, "not priced: " + notes.get(notes.size() - 1)));
        }
        return new Plan(null, null, null, null, List.of(), ranked, notes);
    }
}
