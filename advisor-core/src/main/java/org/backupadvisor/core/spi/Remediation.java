package org.backupadvisor.core.spi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How to apply a change in the owning product's own tools, how to undo it, what to run afterwards to see that it
 * took, and whether a service restart or a reboot is needed before it does. Steps are typed so a report can show
 * a console path differently from a command to paste.
 */
public record Remediation(List<Step> apply, List<Step> rollback, List<Step> verify, Restart restart) {

    public enum Restart { NONE, SERVICE, REBOOT }

    public record Step(Kind kind, String text) {
        public enum Kind { CONSOLE, REST, CLI, FILE, REGISTRY, NOTE }

        public static Step of(Kind kind, String text) {
            return new Step(kind, text);
        }
    }

    public Remediation {
        apply = List.copyOf(apply);
        rollback = List.copyOf(rollback);
        verify = List.copyOf(verify);
    }

    /** One free-text step each way, no verification, no restart (a product whose remediation is prose). */
    public Remediation(String apply, String rollback) {
        this(List.of(Step.of(Step.Kind.NOTE, apply)), List.of(Step.of(Step.Kind.NOTE, rollback)), List.of(), Restart.NONE);
    }

    public String applyText() {
        return join(apply) + switch (restart) {
            case NONE -> "";
            case SERVICE -> " (service restart required)";
            case REBOOT -> " (reboot required)";
        };
    }

    public String rollbackText() {
        return join(rollback);
    }

    private static String join(List<Step> steps) {
        return steps.stream().map(Step::text).collect(Collectors.joining("; "));
    }
}
