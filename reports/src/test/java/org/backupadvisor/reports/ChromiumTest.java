package org.backupadvisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.analysis.Analysis;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in headless Chromium (Debian package {@code chromium}; {@code .ci/run} installs it): a
 * screenshot is taken and the DOM Chromium built is searched for the SVG chart and the plan table. Skipped when no
 * {@code chromium} binary is on PATH.
 */
class ChromiumTest {
    @TempDir
    Path tmp;

    static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private String run(Path chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("profile")));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(tmp.resolve("stderr.txt").toFile())
                .start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished in 90 s").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("stderr.txt"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void chromiumRendersTheChartAndThePlanTable() throws Exception {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "no chromium on PATH");
        Analysis a = Fixtures.s1();
        Path html = tmp.resolve("report.html");
        Files.write(html, new HtmlRenderer().renderBytes(a));
        String url = html.toUri().toString();

        Path png = tmp.resolve("report.png");
        run(chromium.get(), "--screenshot=" + png, "--window-size=1200,2000", "--hide-scrollbars", url);
        byte[] image = Files.readAllBytes(png);
        assertThat(image.length).isGreaterThan(10_000);
        assertThat(new String(image, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");

        String dom = run(chromium.get(), "--dump-dom", url);
        assertThat(dom).contains("<svg id=\"chart\"").contains("id=\"plan-table\"");
        assertThat(count(dom, "<rect class=\"bar ")).isEqualTo(1 + a.steps().size());
        String table = dom.substring(dom.indexOf("id=\"plan-table\""), dom.indexOf("</table>", dom.indexOf("id=\"plan-table\"")));
        assertThat(count(table.substring(table.indexOf("<tbody>")), "<tr")).isEqualTo(a.recommendations().size());
        assertThat(dom).contains("commvault.storagePolicy.numberOfStreams").doesNotContain("<script");
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
