package org.backupadvisor.core.spi;

/** Product-specific instructions: where to click or which command/API call applies it, and how to undo it. */
public record Remediation(String apply, String rollback) {
}
