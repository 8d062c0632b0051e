package org.backupadvisor.reports;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.backupadvisor.core.units.Texts;

/**
 * The Pebble template set (classpath {@code org/backupadvisor/reports/templates/}): one HTML template feeds HTML and
 * PDF, one feeds Markdown. Loaded on first use only (a holder class), so listing the renderers costs nothing.
 * HTML output is autoescaped by Pebble's HTML strategy; Markdown by {@link #markdown}.
 */
final class Templates {
    private static final String PREFIX = "org/backupadvisor/reports/templates/";

    private Templates() {
    }

    private static final class Html {
        static final PebbleEngine ENGINE = engine().newLineTrimming(true).autoEscaping(true).defaultEscapingStrategy("html").build();
    }

    private static final class Markdown {
        static final PebbleEngine ENGINE = engine().newLineTrimming(false).autoEscaping(true)
                .addEscapingStrategy("markdown", Templates::markdown).defaultEscapingStrategy("markdown").build();
    }

    private static PebbleEngine.Builder engine() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(PREFIX);
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).strictVariables(false).cacheActive(true);
    }

    static String html(ReportModel model, boolean pdf) {
        return render(Html.ENGINE.getTemplate("report.html"), Map.of("r", model, "pdf", pdf));
    }

    static String markdown(ReportModel model, String chartText) {
        return render(Markdown.ENGINE.getTemplate("report.md"), Map.of("r", model, "chartText", chartText));
    }

    private static String render(PebbleTemplate t, Map<String, Object> context) {
        StringWriter w = new StringWriter();
        try {
            t.evaluate(w, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Text from an export made inert in Markdown (tables included): backslash, backtick, pipe, emphasis and link
     * brackets escaped, angle brackets as entities (no raw HTML), line breaks as {@code <br>} so a cell stays one
     * table row, other control characters shown as {@code \\uXXXX}.
     */
    static String markdown(String s) {
        if (s == null) {
            return "";
        }
        String p = Texts.printableLines(s).replace("\r", "");
        StringBuilder out = new StringBuilder(p.length() + 16);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '\\', '`', '|', '*', '_', '[', ']', '#', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
