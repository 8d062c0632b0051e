package org.backupadvisor.core.input;

import java.nio.charset.StandardCharsets;

/**
 * One export file, read into memory (bounded by {@link InputLoader}). {@code name} is what errors show:
 * "weekend-window/subclient.json" or "bundle.zip!/sp.xml".
 */
public record InputFile(String name, byte[] content, boolean explicit) {

    /** A file the user named itself (an argument, an upload): one no plugin reads is an error, not a skip. */
    public InputFile(String name, byte[] content) {
        this(name, content, true);
    }

    /**
     * The first {@code n} characters, decoded as the file is written (UTF-8, UTF-16 with or without BOM as Windows
     * PowerShell writes, or ANSI), byte-order mark and leading whitespace skipped, for format detection.
     */
    public String head(int n) {
        byte[] prefix = content.length <= n * 4 + 4 ? content : java.util.Arrays.copyOf(content, n * 4 + 4);
        String s = TextLines.text(new InputFile(name, prefix, explicit)).stripLeading();
        return s.length() > n ? s.substring(0, n) : s;
    }

    /**
     * The content as UTF-8 for the JSON reader: UTF-16 (PowerShell 5.1 {@code >} and {@code Out-File}) and
     * undeclared ANSI/Latin-1 are transcoded, a UTF-8 byte-order mark dropped; plain UTF-8 is returned as is.
     */
    public byte[] utf8() {
        boolean bom = content.length >= 2 && ((content[0] & 0xFF) == 0xFF || (content[0] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xEF);
        if (!bom && content.length > 1 && content[1] != 0 && validUtf8()) {
            return content;
        }
        return TextLines.text(this).getBytes(StandardCharsets.UTF_8);
    }

    private boolean validUtf8() {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
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
