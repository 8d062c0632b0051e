package org.backupadvisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Hints;
import org.backupadvisor.core.render.ReportOptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Structure of the HTML report (parsed as XHTML, the form the PDF engine reads too), not its bytes. */
class HtmlRendererTest {

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static int count(Document d, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET)).getLength();
    }

    static String text(Document d, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, d);
    }

    @Test
    void oneSelfContainedFileWithHeaderSummaryChartPlanAndCoverage() throws Exception {
        Analysis a = Fixtures.s1();
        String html = new HtmlRenderer(new ReportOptions(Hints.NEUTRAL, "Weekend window", "ACME Corp")).render(a);
        Document d = parse(html);

        assertThat(text(d, "//title")).isEqualTo("Weekend window — ACME Corp");
        assertThat(text(d, "//header//h1")).isEqualTo("Weekend window");
        assertThat(text(d, "//header//p[@class='customer']")).isEqualTo("ACME Corp");
        assertThat(text(d, "//header")).contains("commvault (5 files").contains("backup-advisor 0.1.0-SNAPSHOT")
                .contains("1 December 2026");
        assertThat(text(d, "//p[@id='verdict']")).startsWith("Target met after the plan: projected 240 MB/s")
                .contains("173.6 MB/s");
        assertThat(count(d, "//ol[@class='actions']/li")).isEqualTo(3);

        // The chart: inline SVG, one bar for today and one per plan step, and the target line.
        assertThat(count(d, "//svg[@id='chart']//rect")).isEqualTo(1 + a.steps().size());
        assertThat(count(d, "//svg[@id='chart']//line[@class='target-line']")).isEqualTo(1);
        assertThat(text(d, "//svg[@id='chart']")).contains("target 173.6 MB/s").contains("today").contains("step 2");

        // The plan: a row per recommendation, then a detail block with why / apply / rollback / risk / source.
        assertThat(count(d, "//table[@id='plan-table']/tbody/tr")).isEqualTo(a.recommendations().size());
        assertThat(text(d, "//table[@id='plan-table']/tbody/tr[1]")).contains("commvault.storagePolicy.numberOfStreams")
                .contains("SP-T50e-LTO5");
        assertThat(count(d, "//div[@class='rec']")).isEqualTo(a.recommendations().size());
        assertThat(text(d, "//div[@id='rec-1']")).contains("Why").contains("How to apply").contains("Rollback")
                .contains("Risk").contains("Source").contains("PUT /V2/StoragePolicy/17");
        assertThat(text(d, "//p[@id='coverage-sentence']")).contains("14 of 15 rules evaluated");
        assertThat(count(d, "//table[@class='not-evaluated']/tbody/tr")).isEqualTo(1);
        assertThat(count(d, "//table[@class='inputs']/tbody/tr")).isEqualTo(a.inputs().size());
        assertThat(text(d, "//table[@class='inputs']")).contains(a.inputs().get(0).sha256());
        assertThat(count(d, "//section[@id='best-practice']//table")).isPositive();

        // Self-contained: no script, no external resource.
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link ")
                .contains("<style>").contains("@media print");
    }

    @Test
    void untrustedNamesAreEscapedAndShowTheirControlCharacters() throws Exception {
        String html = new HtmlRenderer().render(Fixtures.hostile());
        // The product's version as its exports report it stands beside the product in the header.
        assertThat(html).contains("commvault 11.28.56 (");
        Document d = parse(html);   // still well-formed
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("\u001b").contains("\\u001b[2J").contains("\\u000aVerdict: FORGED");
        assertThat(text(d, "//table[@id='plan-table']/tbody/tr[1]")).contains("<script>alert(1)</script>");
        assertThat(text(d, "//table[@class='not-evaluated']")).contains("CV-HOSTILE").contains("measure tape.drives");
    }

    @Test
    void replicationChartsHoursAgainstTheWindow() throws Exception {
        Document d = parse(new HtmlRenderer().render(Fixtures.replication()));
        assertThat(count(d, "//svg[@id='chart']//rect")).isEqualTo(2);
        assertThat(text(d, "//svg[@id='chart']")).contains("window 24.0 h").contains("55.6 h").contains("23.1 h");
        assertThat(text(d, "//section[@id='goals']")).contains("replication");
    }

    @Test
    void anUnpricedAnalysisWithAbsentListsStillRenders() throws Exception {
        Document d = parse(new HtmlRenderer().render(Fixtures.unpriced()));
        assertThat(text(d, "//p[@id='verdict']")).startsWith("Not priced");
        assertThat(count(d, "//svg")).isZero();
        assertThat(text(d, "//section[@id='plan']")).contains("No changes recommended.");
        assertThat(text(d, "//header//h1")).isEqualTo(ReportModel.DEFAULT_TITLE);
    }
}
