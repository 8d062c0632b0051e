package org.backupadvisor.core.facts;

import java.util.Objects;
import org.backupadvisor.core.measure.MeasurementKey;

/**
 * The input a rule needed and did not get, as data: a measurement key ("tape.drives"), an export field
 * ("numberOfStreams" in "GET /V2/StoragePolicy/{id}?propertyLevel=10"), or another object/product export. Each front
 * end words its own hint from it (the CLI says {@code --measure tape.drives=N}, REST says
 * {@code measure=tape.drives=N}), so rules and the core never speak a front end's language.
 */
public record Missing(Kind kind, String key, String source) {

    public enum Kind {
        /** A measurement key of the vocabulary ({@code key} = "tape.drives"). */
        MEASUREMENT,
        /** A field the exports leave out ({@code key} = vendor field name, {@code source} = the response that carries it). */
        FIELD,
        /** Another export (an object or product the rule needs: {@code key} = what, {@code source} = where to get it). */
        EXPORT
    }

    public Missing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static Missing measurement(MeasurementKey key) {
        return new Missing(Kind.MEASUREMENT, key.key(), null);
    }

    public static Missing field(String field, String source) {
        return new Missing(Kind.FIELD, field, source);
    }

    public static Missing export(String what, String source) {
        return new Missing(Kind.EXPORT, what, source);
    }

    /** Product- and front-end-neutral words: "tape.drives not measured". */
    public String describe() {
        return switch (kind) {
            case MEASUREMENT -> key + " not measured";
            case FIELD -> key + " is not in the exports" + (source == null ? "" : " (" + source + " carries it)");
            case EXPORT -> "no " + key + " in the inputs" + (source == null ? "" : " (" + source + ")");
        };
    }
}
