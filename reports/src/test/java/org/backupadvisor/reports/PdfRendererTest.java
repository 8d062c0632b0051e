package org.backupadvisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Hints;
import org.backupadvisor.core.render.ReportOptions;
import org.junit.jupiter.api.Test;

/** The PDF's text, extracted with PDFBox: what a customer can select and search. */
class PdfRendererTest {

    @Test
    void textIsSelectableFontsAreEmbeddedAndTheReportIsAllThere() throws Exception {
        Analysis a = Fixtures.s1();
        byte[] pdf = new PdfRenderer(new ReportOptions(Hints.NEUTRAL, "Weekend window", "ACME Corp")).renderBytes(a);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Weekend window — ACME Corp");
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Weekend window").contains("ACME Corp").contains("Executive summary")
                    .contains("Target met after the plan").contains("240 MB/s").contains("The plan")
                    .contains("14 of 15 rules evaluated").contains("Rollback").contains("How to apply")
                    .contains("2 tape drive(s) × 120 MB/s = 240 MB/s").contains("target 173.6 MB/s");
            for (Analysis.Rec r : a.recommendations()) {
                assertThat(text.replace(" ", "")).contains(r.setting());
            }
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void hostileNamesArePrintedNotInterpreted() throws Exception {
        try (PDDocument d = Loader.loadPDF(new PdfRenderer().renderBytes(Fixtures.hostile()))) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertThat(text).contains("<script>alert(1)</script>").contains("\\u001b[2J");
        }
    }
}
