package org.backupadvisor.core.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;

/**
 * An amount of data in bytes. Decimal prefixes (KB = 10^3 B ... PB), binary ones with an "i" (KiB = 2^10 B ...),
 * bits with "bit" or a lower-case "b" (Mbit, Gb). Sizes are almost always bytes, so the ambiguous all-lower-case
 * spellings ("30tb") are refused rather than silently read as bits.
 */
public record DataSize(double bytes) implements Comparable<DataSize> {

    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*");

    public DataSize {
        if (bytes < 0 || Double.isNaN(bytes) || Double.isInfinite(bytes)) {
            throw new IllegalArgumentException("data size must be a finite non-negative number of bytes: " + bytes);
        }
    }

    public static DataSize ofBytes(double bytes) {
        return new DataSize(bytes);
    }

    /** Parses "30TB", "2 TiB", "512MB", "8192MB", "1.5GB", "100B", "10Gbit". */
    public static DataSize parse(String text) {
        if (text == null) {
            throw new InputException("data size missing: expected a number with a unit such as 30TB, 512GiB, 8192MB");
        }
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new InputException("'" + text + "' is not a data size: expected a number with a unit such as 30TB, 512GiB, 8192MB");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            throw new InputException("'" + text + "' has no unit: write e.g. " + m.group(1) + "TB or " + m.group(1) + "GB");
        }
        double bytes = number * bytesPerUnit(unit, text, true);
        if (!(bytes > 0)) {
            throw new InputException("'" + text + "' is not above zero: a data size must be positive");
        }
        if (bytes > 1e21) {
            throw new InputException("'" + text + "' is above 1 ZB: not a backup size");
        }
        return new DataSize(bytes);
    }

    /**
     * Bytes in one unit. With {@code refuseLowerCaseBits}, "mb"/"tb" are rejected as ambiguous (sizes); rates pass
     * false, where DESIGN.md §3 fixes lower-case "mb/s" as megabits, the network convention.
     */
    static double bytesPerUnit(String unit, String original, boolean refuseLowerCaseBits) {
        String u = unit;
        boolean bits;
        String prefix;
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.endsWith("bytes") || lower.endsWith("byte")) {
            bits = false;
            prefix = u.substring(0, lower.endsWith("bytes") ? u.length() - 5 : u.length() - 4);
        } else if (lower.endsWith("bits") || lower.endsWith("bit")) {
            bits = true;
            prefix = u.substring(0, lower.endsWith("bits") ? u.length() - 4 : u.length() - 3);
        } else if (u.endsWith("B")) {
            bits = false;
            prefix = u.substring(0, u.length() - 1);
        } else if (u.endsWith("b")) {
            if (refuseLowerCaseBits && u.length() > 1 && u.equals(lower)) {
                throw new InputException("'" + original + "' is ambiguous: write " + u.toUpperCase(Locale.ROOT)
                        + " for bytes or " + u.substring(0, u.length() - 1) + "bit for bits");
            }
            bits = true;
            prefix = u.substring(0, u.length() - 1);
        } else {
            throw new InputException("'" + original + "' has an unknown unit '" + unit
                    + "': expected B, KB, MB, GB, TB, PB (decimal), KiB..PiB (binary) or Kbit..Tbit");
        }
        double factor = switch (prefix.toLowerCase(Locale.ROOT)) {
            case "" -> 1;
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "g" -> 1e9;
            case "t" -> 1e12;
            case "p" -> 1e15;
            case "ki" -> 0x1p10;
            case "mi" -> 0x1p20;
            case "gi" -> 0x1p30;
            case "ti" -> 0x1p40;
            case "pi" -> 0x1p50;
            default -> throw new InputException("'" + original + "' has an unknown unit '" + unit
                    + "': expected B, KB, MB, GB, TB, PB (decimal), KiB..PiB (binary) or Kbit..Tbit");
        };
        return bits ? factor / 8 : factor;
    }

    @Override
    public int compareTo(DataSize o) {
        return Double.compare(bytes, o.bytes);
    }

    /** "30 TB", "512 GB", "1.2 MB": decimal units, three significant figures. */
    @Override
    public String toString() {
        return Formats.scaled(bytes, "B");
    }
}
