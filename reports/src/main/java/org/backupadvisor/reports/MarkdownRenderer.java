package org.backupadvisor.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;

/** GitHub-flavoured Markdown (tables, a text bar chart in a code block) that renders on common viewers. */
public final class MarkdownRenderer extends ReportRenderer {
    public MarkdownRenderer() {
        this(ReportOptions.NEUTRAL);
    }

    public MarkdownRenderer(ReportOptions options) {
        super(options);
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String contentType() {
        return "text/markdown; charset=utf-8";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public Renderer with(ReportOptions options) {
        return new MarkdownRenderer(options);
    }

    @Override
    public void render(Analysis analysis, OutputStream out) throws IOException {
        ReportModel m = model(analysis);
        utf8(Templates.markdown(m, chartText(m.chart())), out);
    }

    /** The chart as text bars (40 columns = the chart's top), the target as its own row. */
    static String chartText(ReportModel.Chart c) {
        if (c == null) {
            return "";
        }
        int label = Math.max(c.targetLabel().length(), c.bars().stream().mapToInt(b -> b.label().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        for (ReportModel.Bar b : c.bars()) {
            out.append(pad(b.label(), label)).append(" | ").append(pad("#".repeat(cols(b.percent())), 40)).append(' ')
                    .append(b.value()).append('\n');
        }
        out.append(pad(c.targetLabel(), label)).append(" | ").append(" ".repeat(Math.max(0, cols(c.targetPercent()) - 1)))
                .append("^");
        return out.toString();
    }

    private static int cols(double percent) {
        return (int) Math.round(Math.max(0, Math.min(100, percent)) * 40 / 100);
    }

    private static String pad(String s, int n) {
        return String.format(Locale.ROOT, "%-" + Math.max(1, n) + "s", s);
    }
}
