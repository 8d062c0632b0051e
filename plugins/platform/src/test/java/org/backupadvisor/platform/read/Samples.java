package org.backupadvisor.platform.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.input.TextLines.Line;

/** Test inputs: the saved samples under src/test/resources/samples/ (see SOURCES.md) and inline snippets. */
final class Samples {
    private Samples() {
    }

    /** samples/{@code path}, named "host1/{@code path}" as a bundle folder would name it. */
    static InputFile file(String path) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + path);
            }
            return new InputFile("host1/" + path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> lines(String path) {
        return TextLines.of(file(path));
    }

    static InputFile text(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static List<Line> lines(String name, String content) {
        return TextLines.of(text(name, content));
    }

    /** What Windows PowerShell 5.1 and reg export write: UTF-16 LE with a byte-order mark. */
    static InputFile utf16(String name, String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return new InputFile(name, out);
    }
}
