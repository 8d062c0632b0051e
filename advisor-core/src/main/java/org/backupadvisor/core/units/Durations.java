package org.backupadvisor.core.units;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;

/** Durations as people write them: "48h", "2d", "90min", "30s", "200ms", "1.5h", or ISO-8601 "PT48H". */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]+)\\s*");

    private static final double MAX_SECONDS = 10 * 366 * 86400.0;

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InputException("duration missing: expected e.g. 48h, 2d, 90min, 200ms");
        }
        if (text.trim().toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                Duration d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
                if (d.isNegative() || d.isZero()) {
                    throw new InputException("'" + text + "' is not above zero: a duration must be positive");
                }
                if (d.getSeconds() > MAX_SECONDS) {
                    throw new InputException("'" + text + "' is longer than 10 years: not a backup window or a link delay");
                }
                return d;
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new InputException("'" + text + "' is not an ISO-8601 duration such as PT48H");
            }
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new InputException("'" + text + "' is not a duration: expected a number and a unit, e.g. 48h, 2d, 90min, 200ms");
        }
        double n = Double.parseDouble(m.group(1));
        double seconds = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms", "msec", "millis" -> n / 1000;
            case "s", "sec", "secs", "second", "seconds" -> n;
            case "m", "min", "mins", "minute", "minutes" -> n * 60;
            case "h", "hr", "hrs", "hour", "hours" -> n * 3600;
            case "d", "day", "days" -> n * 86400;
            case "w", "week", "weeks" -> n * 7 * 86400;
            default -> throw new InputException("'" + text + "' has an unknown time unit '" + m.group(2)
                    + "': expected ms, s, min, h, d or w");
        };
        if (seconds > MAX_SECONDS) {
            throw new InputException("'" + text + "' is longer than 10 years: not a backup window or a link delay");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** "48h", "4.4 days", "35 min", "200 ms". */
    public static String format(Duration d) {
        double s = d.toNanos() / 1e9;
        if (s >= 3 * 86400) {
            return Formats.number(s / 86400) + " days";
        }
        if (s >= 3600) {
            return Formats.number(s / 3600) + " h";
        }
        if (s >= 60) {
            return Formats.number(s / 60) + " min";
        }
        if (s >= 1) {
            return Formats.number(s) + " s";
        }
        return Formats.number(s * 1000) + " ms";
    }
}
