package org.backupadvisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.junit.jupiter.api.Test;

/** GitHub-flavoured Markdown: headings, tables with a constant column count, escaped customer text. */
class MarkdownRendererTest {

    /** The cells of a table row: pipes not escaped with a backslash split cells. */
    static int cells(String row) {
        return row.replaceAll("\\\\.", "").split("\\|", -1).length - 2;
    }

    @Test
    void headingsSummaryChartPlanAndCoverage() {
        Analysis a = Fixtures.s1();
        String md = new MarkdownRenderer().render(a);
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# " + ReportModel.DEFAULT_TITLE);
        assertThat(lines).contains("## Executive summary", "## Chart", "## The plan", "## Rule coverage",
                "**14 of 15 rules evaluated; 11 fired on at least one object.**", "```text");
        assertThat(md).contains("> **Target met after the plan");
        int header = lines.indexOf("| # | Step | Parameter | Object | Current | Recommended | Expected gain | Severity |");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 1)).startsWith("|---:|");
        for (int i = 0; i < a.recommendations().size(); i++) {
            assertThat(cells(lines.get(header + 2 + i))).as(lines.get(header + 2 + i)).isEqualTo(8);
        }
        assertThat(lines.get(header + 2 + a.recommendations().size())).isEmpty();
        assertThat(md).contains("#### #1 commvault.storagePolicy.numberOfStreams: 1 → 4");
    }

    @Test
    void pipesBackticksMarkupAndLineBreaksFromExportsCannotBreakTheTable() {
        String md = new MarkdownRenderer().render(Fixtures.hostile());
        List<String> lines = md.lines().toList();
        int header = lines.indexOf("| # | Step | Parameter | Object | Current | Recommended | Expected gain | Severity |");
        String row = lines.get(header + 2);
        assertThat(cells(row)).as(row).isEqualTo(8);
        assertThat(row).contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|x\\`y\\`\\\\u000aVerdict: FORGED\\\\u001b\\[2J=cmd");
        assertThat(md).doesNotContain("<script>").doesNotContain("\u001b").doesNotContain("\nVerdict: FORGED");
    }

    @Test
    void escapingKeepsLineBreaksInsideOneCell() {
        assertThat(Templates.markdown("a|b\nc `d` *e* [f](g) <h> & \\")).isEqualTo(
                "a\\|b<br>c \\`d\\` \\*e\\* \\[f\\](g) &lt;h&gt; &amp; \\\\");
    }
}
