package org.backupadvisor.reports;

import java.io.IOException;
import java.io.OutputStream;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;

/** One self-contained HTML file (inline CSS, inline SVG chart, no script, no network) that also prints well. */
public final class HtmlRenderer extends ReportRenderer {
    public HtmlRenderer() {
        this(ReportOptions.NEUTRAL);
    }

    public HtmlRenderer(ReportOptions options) {
        super(options);
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String contentType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public Renderer with(ReportOptions options) {
        return new HtmlRenderer(options);
    }

    @Override
    public void render(Analysis analysis, OutputStream out) throws IOException {
        utf8(Templates.html(model(analysis), false), out);
    }
}
