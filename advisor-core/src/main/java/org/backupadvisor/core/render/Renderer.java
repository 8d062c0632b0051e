package org.backupadvisor.core.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.backupadvisor.core.analysis.Analysis;

/**
 * Turns an {@link Analysis} into one output format (text, or binary such as PDF); reads nothing else. Renderers are
 * found through {@code ServiceLoader<Renderer>} (text and json are the core's own), so a module such as
 * {@code advisor-reports} adds formats without the core knowing them. An implementation has a cheap no-argument
 * constructor: heavy libraries load when {@link #render} first runs, not when the renderer is listed.
 */
public interface Renderer {
    /** The name a front end asks for: "text", "json", "html", ... */
    String format();

    /** The media type of what {@link #render} writes, e.g. {@code text/html; charset=utf-8}. */
    String contentType();

    /** The usual file extension without the dot ("txt", "json", "html", "pdf", "md", "csv"). */
    String extension();

    /** Writes the report to {@code out} (left open): large analyses stream instead of building one huge string. */
    void render(Analysis analysis, OutputStream out) throws IOException;

    /**
     * This renderer with the front end's wording (hints for missing inputs) and the report's header (title,
     * customer); renderers that show neither return themselves.
     */
    default Renderer with(ReportOptions options) {
        return this;
    }

    /** The whole report as bytes. */
    default byte[] renderBytes(Analysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The whole report as text (UTF-8); for text formats. */
    default String render(Analysis analysis) {
        return new String(renderBytes(analysis), StandardCharsets.UTF_8);
    }
}
