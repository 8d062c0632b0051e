package org.backupadvisor.core.spi;

/** A plugin's claim on a file: {@code score} 1-100 (highest wins) and the format it recognised. */
public record Detection(int score, String format) {
}
