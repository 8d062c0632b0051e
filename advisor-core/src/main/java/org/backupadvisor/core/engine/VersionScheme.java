package org.backupadvisor.core.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a product spells versions and version ranges. Each plugin brings its own ({@code ProductPlugin.versionScheme()});
 * {@link #DOTTED} is the default: versions "4.2.2", "8.1.2", "10.3", compared numerically part by part, and ranges
 * {@code all}, {@code 4.2} (every 4.2.x), {@code 4.2+}, {@code <4.2}, {@code 4.0-4.2.2} (both ends included, an end
 * written shorter covers all its sub-releases). Text in parentheses is a comment.
 */
public interface VersionScheme {

    /** Empty when {@code text} is not in the scheme's grammar (the meta-test requires every rule's to parse). */
    Optional<VersionRange> parseRange(String text);

    /** Orders two versions (the lowest a bundle reports is the one every rule must suit). */
    int compare(String a, String b);

    /**
     * Whether {@code version} is one this scheme can place in a range. An unreadable version never switches rules
     * off: the rules then run ungated and the analysis says why.
     */
    default boolean readable(String version) {
        // No repeated group: java.util.regex recurses per repetition, and a 3,000-part version would overflow.
        return version != null && version.replaceFirst("^\\D+", "").matches("\\d+.*");
    }

    VersionScheme DOTTED = new VersionScheme() {
        private static final Pattern V = Pattern.compile("\\d+(?:\\.\\d+)*");
        private static final Pattern RANGE = Pattern.compile("(<)?\\s*(" + V + ")\\s*(?:(\\+)|-\\s*(" + V + "))?");

        @Override
        public Optional<VersionRange> parseRange(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = text.replaceAll("\\(.*?\\)", "").trim();
            if (t.equalsIgnoreCase("all")) {
                return Optional.of(v -> true);
            }
            Matcher m = RANGE.matcher(t);
            if (!m.matches() || (m.group(1) != null && (m.group(3) != null || m.group(4) != null))) {
                return Optional.empty();
            }
            String from = m.group(2);
            if (m.group(1) != null) {
                return Optional.of(v -> !readable(v) || compare(v, from) < 0);
            }
            if (m.group(3) != null) {
                return Optional.of(v -> !readable(v) || compare(v, from) >= 0);
            }
            String to = m.group(4) == null ? from : m.group(4);
            return Optional.of(v -> !readable(v) || compare(v, from) >= 0 && (compare(v, to) <= 0 || covers(to, v)));
        }

        @Override
        public int compare(String a, String b) {
            String[] x = a.replaceFirst("^\\D+", "").split("\\D+");
            String[] y = b.replaceFirst("^\\D+", "").split("\\D+");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = Long.compare(number(x[i]), number(y[i]));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.length, y.length);
        }

        /** "4.2" covers "4.2.2": an end written shorter includes its sub-releases. */
        private boolean covers(String end, String v) {
            return v.replaceFirst("^\\D+", "").startsWith(end + ".");
        }

        private long number(String part) {
            return part.isEmpty() ? 0 : Long.parseLong(part.length() > 18 ? part.substring(0, 18) : part);
        }
    };
}
