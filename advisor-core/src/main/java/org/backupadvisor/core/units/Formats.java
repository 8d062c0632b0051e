package org.backupadvisor.core.units;

import java.math.BigDecimal;
import java.math.MathContext;

/** Human formatting of decimal quantities; shared by sizes and rates so both print alike. */
final class Formats {
    private static final String[] PREFIXES = {"", "K", "M", "G", "T", "P"};

    private Formats() {
    }

    static String scaled(double value, String unit) {
        int i = 0;
        double v = value;
        // 999.96 rounds to 1000: switch prefix at the rounding edge, so it prints "1 GB", not "1000 MB".
        while (Math.abs(v) >= 999.95 && i < PREFIXES.length - 1) {
            v /= 1000;
            i++;
        }
        return number(v) + " " + PREFIXES[i] + unit;
    }

    /** At most one decimal for values from 100 up, else up to three significant digits; no trailing zeros. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal bd = Math.abs(v) >= 100
                ? BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP)
                : new BigDecimal(v).round(new MathContext(3));
        return bd.stripTrailingZeros().toPlainString();
    }
}
