package org.backupadvisor.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.Target;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.Durations;

/**
 * What one phase must achieve: backup a rate (or a size in a window), replicate a size in a window, restore at a
 * rate. {@code sizeBytes}/{@code windowSeconds} are set when the goal was stated as a window, so the report can speak
 * in hours ("36 h today → 18 h projected, window 24 h").
 */
public record Goal(Phase phase, double bytesPerSecond, String source, Double sizeBytes, Double windowSeconds) {

    /** The goals of a request: the backup target, the restore target, and replication size ÷ window when measured. */
    static List<Goal> of(AnalysisRequest request, Measurements m) {
        List<Goal> out = new ArrayList<>();
        if (request.target() != null) {
            out.add(of(Phase.BACKUP, request.target()));
        }
        var size = m.get(MeasurementKey.REPLICATION_SIZE);
        var window = m.get(MeasurementKey.REPLICATION_WINDOW);
        if (size.isPresent() && window.isPresent() && window.get().value() > 0) {
            double bps = size.get().value() / window.get().value();
            out.add(new Goal(Phase.REPLICATION, bps, "replication.size " + size.get().display() + " in replication.window "
                    + Durations.format(java.time.Duration.ofMillis(Math.round(window.get().value() * 1000))),
                    size.get().value(), window.get().value()));
        }
        if (request.restoreTarget() != null) {
            out.add(of(Phase.RESTORE, request.restoreTarget()));
        }
        return out;
    }

    private static Goal of(Phase phase, Target t) {
        return new Goal(phase, t.rate().bytesPerSecond(), t.source(), t.size() == null ? null : t.size().bytes(),
                t.window() == null ? null : (double) t.window().toSeconds());
    }

    @Override
    public String toString() {
        return phase.id() + " " + DataRate.ofBytesPerSecond(bytesPerSecond) + " (" + source + ")";
    }
}
