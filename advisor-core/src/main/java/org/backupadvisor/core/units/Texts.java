package org.backupadvisor.core.units;

/**
 * Text from exports shown to a person: names and values are customer data from untrusted files, so control
 * characters (a newline that forges a "Verdict" line, an ESC sequence that clears the terminal, bidi overrides that
 * reorder what is read) are shown as {@code \\uXXXX} instead of acting.
 */
public final class Texts {
    private Texts() {
    }

    /** {@code s} with every control character escaped, line breaks included. */
    public static String printable(String s) {
        return escape(s, false);
    }

    /** {@code s} with every control character but the line break escaped (multi-line text a renderer indents). */
    public static String printableLines(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepNewlines) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && !(keepNewlines && c == '\n')) || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
