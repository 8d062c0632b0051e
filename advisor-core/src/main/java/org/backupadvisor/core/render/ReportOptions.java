package org.backupadvisor.core.render;

import org.backupadvisor.core.units.Texts;

/**
 * What a front end adds to a report beyond the {@link org.backupadvisor.core.analysis.Analysis}: how it words hints
 * for missing inputs, and the header a consultant hands over (report title, customer or environment). Title and
 * customer are null when not given.
 */
public record ReportOptions(Hints hints, String title, String customer) {
    public static final ReportOptions NEUTRAL = new ReportOptions(Hints.NEUTRAL, null, null);

    public ReportOptions {
        hints = hints == null ? Hints.NEUTRAL : hints;
        title = blankToNull(title);
        customer = blankToNull(customer);
    }

    public static ReportOptions of(Hints hints) {
        return new ReportOptions(hints, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Texts.printable(s.strip());
    }
}
