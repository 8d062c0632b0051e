package org.backupadvisor.core.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Text exports as numbered lines, whatever tool wrote them: {@code reg export} and Windows PowerShell write UTF-16 LE
 * with a BOM, Unix tools write UTF-8, and ANSI tools write windows-1252. Product-neutral: every text reader of every
 * plugin starts here, so every error names the file and the 1-based line.
 */
public final class TextLines {
    public static final int MAX_LINES = 1_000_000;
    public static final int MAX_LINE_CHARS = 1 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How many leading bytes the BOM-less UTF-16 LE guess looks at. */
    private static final int SNIFF_BYTES = 64;

    private TextLines() {
    }

    /** One line of a file, without its line break. */
    public record Line(String file, int number, String text) {
        /** An {@link InputException} at this line: "file: line 12: message". */
        public InputException error(String message) {
            return InputException.at(file, number, message);
        }
    }

    /** The decoded lines; refuses more than {@link #MAX_LINES} lines or a line over {@link #MAX_LINE_CHARS}. */
    public static List<Line> of(InputFile f) {
        String text = text(f);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            add(lines, f.name(), text, start, end);
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        ReadBudget.current().spendLines(f.name(), lines.size());
        return Collections.unmodifiableList(lines);
    }

    private static void add(List<Line> lines, String file, String text, int start, int end) {
        int number = lines.size() + 1;
        if (number > MAX_LINES) {
            throw InputException.at(file, number, "more than " + MAX_LINES + " lines; expected a smaller export");
        }
        if (end - start > MAX_LINE_CHARS) {
            throw InputException.at(file, number, "line is longer than 1 MiB; expected a text export");
        }
        lines.add(new Line(file, number, text.substring(start, end)));
    }

    /** The whole decoded text, byte-order mark removed. */
    public static String text(InputFile f) {
        byte[] b = f.content();
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8OrAnsi(b, 3);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksLikeUtf16Le(b)) {
            return new String(b, StandardCharsets.UTF_16LE);
        }
        return decodeUtf8OrAnsi(b, 0);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII text saved as UTF-16 LE without a BOM has a NUL in (nearly) every odd byte and none in even bytes. */
    private static boolean looksLikeUtf16Le(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 4) {
            return false;
        }
        int oddNuls = 0;
        int evenNuls = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == 1) {
                    oddNuls++;
                } else {
                    evenNuls++;
                }
            }
        }
        return oddNuls * 4 >= (n / 2) * 3 && evenNuls * 4 < n / 2;
    }

    /** Strict UTF-8; a malformed sequence means an ANSI tool wrote the file (reg export, notepad "ANSI"). */
    private static String decodeUtf8OrAnsi(byte[] b, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, offset, b.length - offset, WINDOWS_1252);
        }
    }
}
