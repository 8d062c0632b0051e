package org.backupadvisor.core.facts;

/**
 * Goal facts for the rules: the target rate and, when a measured throughput is known, whether it is missed.
 * {@code targetMissed} is null when nothing was measured, so rules that only apply to a missed target can say
 * NOT_EVALUATED instead of guessing.
 */
public record AnalysisContext(double targetBytesPerSecond, Double measuredBytesPerSecond) {

    public Boolean getTargetMissed() {
        return measuredBytesPerSecond == null ? null : measuredBytesPerSecond < targetBytesPerSecond;
    }

    public double getTargetBytesPerSecond() {
        return targetBytesPerSecond;
    }

    public Double getMeasuredBytesPerSecond() {
        return measuredBytesPerSecond;
    }
}
