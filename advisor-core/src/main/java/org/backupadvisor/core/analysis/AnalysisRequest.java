package org.backupadvisor.core.analysis;

import java.util.List;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.Target;

/** What to analyse: the export files (already expanded from folders/zips), the goal, and the user's measurements. */
public record AnalysisRequest(List<InputFile> files, Target target, Measurements measurements) {
}
