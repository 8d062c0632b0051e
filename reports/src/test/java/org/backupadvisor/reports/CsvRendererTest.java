package org.backupadvisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.junit.jupiter.api.Test;

/** One row per recommendation, read back with an RFC 4180 parser. */
class CsvRendererTest {

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes and embedded line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                assertThat(f.length()).as("a quote opens a field only at its start").isZero();
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).isEqualTo('\n');
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare line feed outside quotes").isNotEqualTo('\n');
                f.append(c);
            }
        }
        assertThat(quoted).isFalse();
        assertThat(f.length()).as("the last record ends with CRLF").isZero();
        return rows;
    }

    @Test
    void oneRowPerRecommendationWithEveryColumn() {
        Analysis a = Fixtures.s1();
        List<List<String>> rows = parse(new CsvRenderer().render(a));
        assertThat(rows).hasSize(1 + a.recommendations().size());
        assertThat(rows.get(0)).isEqualTo(CsvRenderer.HEADER);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvRenderer.HEADER.size()));
        List<String> first = rows.get(1);
        assertThat(first.subList(0, 8)).containsExactly("1", "1", "high", "commvault",
                "commvault.storagePolicy.numberOfStreams", "SP-T50e-LTO5", "1", "4");
        assertThat(first.subList(8, 10)).containsExactly("80.6", "161.1");
        assertThat(first.get(10)).startsWith("one step with 1 other change(s)");
        assertThat(first.get(12)).contains("PUT /V2/StoragePolicy/17 {\"numberOfStreams\":4}");
        assertThat(first.get(17)).isEqualTo("CV-POLICY-DEVICE-STREAMS");
        assertThat(rows.get(8).get(8)).as("not priced").isEmpty();
    }

    @Test
    void quotesCommasLineBreaksAndFormulasAreQuotedNotInterpreted() {
        List<List<String>> rows = parse(new CsvRenderer().render(Fixtures.hostile()));
        assertThat(rows.get(1)).hasSize(CsvRenderer.HEADER.size());
        assertThat(rows.get(1).get(5)).isEqualTo("<script>alert(1)</script>|x`y`\\u000aVerdict: FORGED\\u001b[2J=cmd");
        assertThat(CsvRenderer.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvRenderer.field("-5")).isEqualTo("-5");
        assertThat(CsvRenderer.field("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }
}
