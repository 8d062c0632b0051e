package org.backupadvisor.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.render.Hints;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;
import org.junit.jupiter.api.Test;

/** The façade's renderers: text and json are the core's own; other formats come only through ServiceLoader. */
class AdvisorRenderersTest {
    private final Advisor advisor = Advisor.fromClasspath(getClass().getClassLoader(), "test");

    @Test
    void withoutAReportModuleOnlyTextAndJsonExist() {
        assertThat(advisor.formats()).containsExactly("text", "json");
        assertThat(advisor.renderer("html", Hints.NEUTRAL)).isEmpty();
        Renderer text = advisor.renderer("text", Hints.NEUTRAL).orElseThrow();
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.extension()).isEqualTo("txt");
        Renderer json = advisor.renderer("json", Hints.NEUTRAL).orElseThrow();
        assertThat(json.contentType()).isEqualTo("application/json");
    }

    @Test
    void theFrontEndsHintsReachTheTextReportAndBytesAreUtf8() throws Exception {
        Analysis a = new Analysis(1, "id", "2026-11-23T00:00:00Z", "test", List.of(),
                new Analysis.Rate(173.6e6, "30 TB in 48 h → «x»"), null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), Analysis.UNPRICED, List.of(), List.of(), List.of(), java.util.Map.of(), null);
        Renderer text = advisor.renderer("text", new ReportOptions(key -> "--measure " + key, "ignored", null)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.render(a, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("not given (--measure throughput.current)")
                .contains("30 TB in 48 h → «x»");
    }
}
