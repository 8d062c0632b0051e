package org.backupadvisor.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;

/**
 * One row per recommendation, RFC 4180: CRLF line ends, every field that holds a comma, quote or line break quoted,
 * quotes doubled. A field starting with {@code = + - @} is prefixed with an apostrophe so a spreadsheet does not run
 * customer text as a formula. UTF-8 without a byte-order mark.
 */
public final class CsvRenderer extends ReportRenderer {
    static final List<String> HEADER = List.of("rank", "step", "severity", "product", "parameter", "object", "current",
            "recommended", "expected_gain_MB_s", "projected_after_MB_s", "gain_note", "why", "apply", "rollback", "verify", "risk", "source",
            "rule", "evidence");

    public CsvRenderer() {
        this(ReportOptions.NEUTRAL);
    }

    public CsvRenderer(ReportOptions options) {
        super(options);
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String contentType() {
        return "text/csv; charset=utf-8; header=present";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public Renderer with(ReportOptions options) {
        return new CsvRenderer(options);
    }

    @Override
    public void render(Analysis analysis, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder();
        row(b, HEADER);
        // One row per object, so a spreadsheet filters and counts objects; a recommendation's objects share its rank
        // (the apply/rollback texts name the first object; the same change applies to each).
        for (ReportModel.RecRow r : model(analysis).recommendations()) {
            List<String> objects = r.objects();
            for (int i = 0; i < objects.size(); i++) {
                row(b, java.util.Arrays.asList(String.valueOf(r.rank()), r.step(), r.severity(), r.product(), r.setting(), objects.get(i),
                        r.current(), r.recommended(), r.gainMBps(), r.projectedAfterMBps(), r.gainNote(), r.why(), r.apply(),
                        r.rollback(), r.verify(), r.risk(), r.source(), r.ruleId(), i == 0 ? r.evidence() : ""));
            }
        }
        utf8(b.toString(), out);
    }

    private static void row(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i)));
        }
        b.append("\r\n");
    }

    static String field(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("[-+]?[0-9.]+") ? "'" + s : s;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
