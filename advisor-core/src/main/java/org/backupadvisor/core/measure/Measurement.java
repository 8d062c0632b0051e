package org.backupadvisor.core.measure;

/**
 * One measured value in base units (bytes, bytes/s, seconds, a fraction for percentages, a plain count), the text
 * it was given as, and where it came from ("--measure tape.drives=2", "jobs.json: job 812345").
 */
public record Measurement(MeasurementKey key, double value, String display, String source) {
}
