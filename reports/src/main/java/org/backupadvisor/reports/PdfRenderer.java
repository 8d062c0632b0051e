package org.backupadvisor.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;

/**
 * The HTML report (same template, print variant: the chart as CSS bars, since the PDF engine draws no SVG) laid out
 * as an A4 PDF by openhtmltopdf: text selectable, DejaVu fonts embedded (subset), the report title as PDF title.
 */
public final class PdfRenderer extends ReportRenderer {
    private static final String FONTS = "/org/backupadvisor/reports/fonts/";

    public PdfRenderer() {
        this(ReportOptions.NEUTRAL);
    }

    public PdfRenderer(ReportOptions options) {
        super(options);
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public Renderer with(ReportOptions options) {
        return new PdfRenderer(options);
    }

    @Override
    public void render(Analysis analysis, OutputStream out) throws IOException {
        String html = Templates.html(model(analysis), true);
        XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, java.util.logging.Level.OFF));
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        b.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        b.useFont(() -> font("DejaVuSansMono.ttf"), "DejaVu Sans Mono", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        b.withHtmlContent(html, null);
        b.toStream(out);
        b.run();
        out.flush();
    }

    private static InputStream font(String name) {
        InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font " + name + " missing from the reports jar"));
        }
        return in;
    }
}
