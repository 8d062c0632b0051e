package org.backupadvisor.core.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backupadvisor.core.input.InputException;

/** Ordered from most to least severe; {@code --fail-on} compares with {@link #atLeast}. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputException("'" + text + "' is not a severity; expected one of "
                    + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
