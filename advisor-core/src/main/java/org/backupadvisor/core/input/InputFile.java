package org.backupadvisor.core.input;

import java.nio.charset.StandardCharsets;

/**
 * One export file, read into memory (bounded by {@link InputLoader}). {@code name} is what errors show:
 * "weekend-window/subclient.json" or "bundle.zip!/sp.xml".
 */
public record InputFile(String name, byte[] content) {

    /** The first {@code n} characters, BOM and leading whitespace skipped, for format detection. */
    public String head(int n) {
        int from = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        while (from < content.length && (content[from] == ' ' || content[from] == '\t' || content[from] == '\r'
                || content[from] == '\n')) {
            from++;
        }
        String s = new String(content, from, Math.min(content.length - from, n * 4), StandardCharsets.UTF_8);
        return s.length() > n ? s.substring(0, n) : s;
    }

    public boolean looksLikeJson() {
        String h = head(1);
        return h.startsWith("{") || h.startsWith("[");
    }

    public boolean looksLikeXml() {
        return head(1).startsWith("<");
    }

    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
