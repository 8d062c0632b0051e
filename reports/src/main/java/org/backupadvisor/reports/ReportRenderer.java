package org.backupadvisor.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;

/** What the report renderers share: the front end's options, and the {@link ReportModel} they all read. */
abstract class ReportRenderer implements Renderer {
    final ReportOptions options;

    ReportRenderer(ReportOptions options) {
        this.options = options == null ? ReportOptions.NEUTRAL : options;
    }

    ReportModel model(Analysis analysis) {
        return ReportModel.of(analysis, options);
    }

    static void utf8(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
