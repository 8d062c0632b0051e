package org.backupadvisor.core.plan;

import org.backupadvisor.core.facts.Recommendation;

/**
 * A recommendation in plan order. {@code step} is set for priced steps; a bundle's members share the step's gain
 * (sum gains over steps, not over recommendations). {@code gainBytesPerSecond} is null when the model does not
 * read the setting.
 */
public record PlannedRecommendation(Recommendation recommendation, Integer step, Double gainBytesPerSecond,
                                    Double afterBytesPerSecond, String note) {
}
