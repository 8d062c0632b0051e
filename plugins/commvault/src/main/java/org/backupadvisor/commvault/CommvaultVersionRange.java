package org.backupadvisor.commvault;

import org.backupadvisor.core.engine.VersionRange;
import org.backupadvisor.core.engine.VersionScheme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code @versions}, read so advice can be gated on the product version an export reports (research:
 * wrong-version advice is the commonest tuner bug). Grammar: {@code vA[ SPn]} alone (that major release), joined
 * by {@code -} (a range of releases) or followed by {@code +} (that release and later); text in parentheses is a
 * comment. Versions compare as (major, service pack): Commvault "11.28.56" is 11 SP28.
 */
public record CommvaultVersionRange(int fromMajor, int fromMinor, int toMajor, int toMinor) implements VersionRange {
    /** Commvault's scheme: ranges in the vA SPn grammar, versions compared numerically part by part. */
    public static final VersionScheme SCHEME = new VersionScheme() {
        @Override
        public java.util.Optional<VersionRange> parseRange(String text) {
            return CommvaultVersionRange.parse(text).map(r -> r);
        }

        @Override
        public int compare(String a, String b) {
            return VersionScheme.DOTTED.compare(a, b);
        }

        @Override
        public boolean readable(String version) {
            // "11.32.45" and the older "10.0.0 SP14": major.minor first, whatever follows. A major or minor part too
            // long for an int ("99999999999.28") is no Commvault version: unreadable, as includes() treats it.
            return version != null && version.matches(READABLE);
        }
    };

    /**
     * The forms {@code general.version} takes in the field, as major.SP[.hotfix]: "11.32.45" as is; "11 SP32" and
     * "SP32" (and a bare "32", a service pack of v11) as "11.32". Feature releases named by year ("2024E") have no
     * documented SP number here: returned as they are, unreadable, so the rules run ungated and the analysis says so.
     */
    public static String normalize(String version) {
        if (version == null) {
            return null;
        }
        String v = version.trim();
        Matcher sp = Pattern.compile("(?i)(?:v?(\\d+)\\s*)?SP\\s*(\\d+)(?:\\.(\\d+))?").matcher(v);
        if (sp.matches()) {
            return (sp.group(1) == null ? "11" : sp.group(1)) + "." + sp.group(2) + (sp.group(3) == null ? "" : "." + sp.group(3));
        }
        if (v.matches("\\d{1,2}") && Integer.parseInt(v) < 100) {
            return "11." + v;
        }
        return v;
    }

    private static final String V = "v(\\d+)(?:\\s*SP(\\d+))?";
    private static final Pattern RANGE = Pattern.compile("\\s*" + V + "\\s*(?:(-)\\s*" + V + "|(\\+))?\\s*");
    private static final Pattern PRODUCT = Pattern.compile("\\s*(\\d+)(?:\\.(\\d+))?.*");
    private static final String READABLE = "\\d{1,9}\\.\\d{1,9}(?!\\d).*";

    /** Empty when the text is not in the grammar (the meta-test requires every rule's to parse). */
    public static Optional<CommvaultVersionRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replaceAll("\\(.*?\\)", "").trim();
        Matcher m = RANGE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int fromMajor = Integer.parseInt(m.group(1));
        int fromMinor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(6) != null) {
            return Optional.of(new CommvaultVersionRange(fromMajor, fromMinor, Integer.MAX_VALUE, Integer.MAX_VALUE));
        }
        if (m.group(3) != null) {
            int toMajor = Integer.parseInt(m.group(4));
            int toMinor = m.group(5) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(5));
            return Optional.of(new CommvaultVersionRange(fromMajor, fromMinor, toMajor, toMinor));
        }
        return Optional.of(new CommvaultVersionRange(fromMajor, fromMinor, fromMajor, m.group(2) == null ? Integer.MAX_VALUE : fromMinor));
    }

    /** Whether a product version such as "11.28.56" lies in the range; an unreadable version counts as inside. */
    @Override
    public boolean includes(String productVersion) {
        Matcher m = productVersion == null ? null : PRODUCT.matcher(productVersion);
        // Parts beyond an int (from an export: "general.version": "99999999999.28") are unreadable, not a crash.
        if (m == null || !m.matches() || m.group(1).length() > 9 || m.group(2) != null && m.group(2).length() > 9) {
            return true;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return compare(major, minor, fromMajor, fromMinor) >= 0 && compare(major, minor, toMajor, toMinor) <= 0;
    }

    private static int compare(int a, int b, int c, int d) {
        return a != c ? Integer.compare(a, c) : Integer.compare(b, d);
    }
}
