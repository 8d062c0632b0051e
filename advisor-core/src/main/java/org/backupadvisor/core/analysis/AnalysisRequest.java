package org.backupadvisor.core.analysis;

import java.util.List;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.Target;

/**
 * What to analyse: the export files (already expanded from folders/zips), the backup goal ({@code target}, may be
 * null when another phase's goal is given), an optional restore goal, and the user's measurements (which may carry a
 * replication goal: replication.size and replication.window), and what loading passed over ({@code inputNotes}:
 * "skipped: x — a link leading outside the folder"), which the Analysis states.
 */
public record AnalysisRequest(List<InputFile> files, Target target, Measurements measurements, Target restoreTarget,
                              List<String> inputNotes, boolean listNotFired) {

    public AnalysisRequest {
        inputNotes = inputNotes == null ? List.of() : List.copyOf(inputNotes);
    }

    public AnalysisRequest(List<InputFile> files, Target target, Measurements measurements, Target restoreTarget,
                           List<String> inputNotes) {
        this(files, target, measurements, restoreTarget, inputNotes, false);
    }

    /**
     * The same request with every NOT_FIRED finding listed one by one ({@code --findings all}); by default they are
     * counted per rule in {@link Analysis#notFired()}, since a 50,000-subclient CommCell has hundreds of thousands.
     */
    public AnalysisRequest withNotFiredListed() {
        return new AnalysisRequest(files, target, measurements, restoreTarget, inputNotes, true);
    }

    public AnalysisRequest(List<InputFile> files, Target target, Measurements measurements) {
        this(files, target, measurements, null, List.of());
    }

    public AnalysisRequest(List<InputFile> files, Target target, Measurements measurements, Target restoreTarget) {
        this(files, target, measurements, restoreTarget, List.of());
    }
}
