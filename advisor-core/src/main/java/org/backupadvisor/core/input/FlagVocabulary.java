package org.backupadvisor.core.input;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one product spells booleans. {@link #COMMON} reads 1/true/yes/on/enabled and 0/false/no/off/disabled; a
 * plugin adds its own words (Commvault's qoperation SET_TRUE/SET_FALSE and "2" = not set) so that one product's
 * convention never changes how another product's values read.
 */
public record FlagVocabulary(Set<String> trueWords, Set<String> falseWords, Set<String> unsetWords, String expected) {

    public static final FlagVocabulary COMMON = new FlagVocabulary(Set.of("1", "true", "yes", "on", "enabled"),
            Set.of("0", "false", "no", "off", "disabled"), Set.of(), "expected a flag (0/1, true/false, yes/no)");

    public FlagVocabulary {
        trueWords = lower(trueWords);
        falseWords = lower(falseWords);
        unsetWords = lower(unsetWords);
    }

    /** This vocabulary plus {@code trueWords}, {@code falseWords} and words meaning "not set" (vendor default). */
    public FlagVocabulary with(Set<String> moreTrue, Set<String> moreFalse, Set<String> unset, String expected) {
        return new FlagVocabulary(union(trueWords, moreTrue), union(falseWords, moreFalse), union(unsetWords, unset),
                expected);
    }

    /** True/false, empty for a "not set" word; null for a word outside the vocabulary. */
    Optional<Boolean> read(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (trueWords.contains(v)) {
            return Optional.of(true);
        }
        if (falseWords.contains(v)) {
            return Optional.of(false);
        }
        return unsetWords.contains(v) ? Optional.empty() : null;
    }

    private static Set<String> lower(Set<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(lower(b));
        return out;
    }
}
