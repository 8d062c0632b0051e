package org.backupadvisor.core.plan;

import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.units.DataRate;

/**
 * Where a path's per-stream rate comes from. {@code measured} (bytes/s) is today's throughput of the path's phase
 * (backup: throughput.current; replication: replication.size ÷ replication.duration), divided by today's effective
 * streams, unless it sits at a total capacity and {@code perStream} is known too; {@code perStream}, when set alone, is used as is (a fallback such as source.readPerStream, or a rate split
 * from one measurement over several paths). {@code note} says which, in the output's words; with neither the plan
 * ranks changes without pricing them and {@code note} says what would price them.
 */
public record Calibration(Double measured, Double perStream, String note) {

    public static Calibration measured(double bytesPerSecond, String note) {
        return new Calibration(bytesPerSecond, null, note);
    }

    public static Calibration perStream(double bytesPerSecond, String note) {
        return new Calibration(null, bytesPerSecond, note);
    }

    public static Calibration none(String note) {
        return new Calibration(null, null, note);
    }

    /** Where each phase's per-stream rate comes from (DESIGN.md §3.4), in product-neutral words. */
    public static Calibration of(Phase phase, Measurements m) {
        switch (phase) {
            case BACKUP -> {
                var measured = m.get(MeasurementKey.THROUGHPUT_CURRENT);
                var perStream = m.get(MeasurementKey.SOURCE_READ_PER_STREAM);
                if (measured.isPresent()) {
                    // The per-stream figure rides along: when the measured total sits at a capacity, it is what a
                    // stream moves (the planner decides; see Planner.plan).
                    return new Calibration(measured.get().value(), perStream.map(x -> x.value()).orElse(null),
                            measured.get().source());
                }
                if (perStream.isPresent()) {
                    return Calibration.perStream(perStream.get().value(), "throughput.current not measured: per-stream rate "
                            + "taken as source.readPerStream " + DataRate.ofBytesPerSecond(perStream.get().value())
                            + " (optimistic; a measured throughput.current calibrates it)");
                }
                return Calibration.none("throughput.current not measured, no job history in the exports and no "
                        + "source.readPerStream: changes are ranked but not priced");
            }
            case REPLICATION -> {
                var size = m.get(MeasurementKey.REPLICATION_SIZE);
                var duration = m.get(MeasurementKey.REPLICATION_DURATION);
                if (size.isPresent() && duration.isPresent() && duration.get().value() > 0) {
                    return Calibration.measured(size.get().value() / duration.get().value(), "replication.size "
                            + size.get().display() + " ÷ replication.duration " + duration.get().display());
                }
                return Calibration.none("replication.duration not measured: replication changes are ranked but not priced");
            }
            default -> {
                return Calibration.none("restore throughput not measured: restore changes are ranked but not priced");
            }
        }
    }

}
