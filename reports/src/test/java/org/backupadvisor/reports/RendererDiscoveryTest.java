package org.backupadvisor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.core.render.Hints;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;
import org.junit.jupiter.api.Test;

/** The core's façade finds this module's renderers through ServiceLoader, without knowing them. */
class RendererDiscoveryTest {
    private final Advisor advisor = Advisor.fromClasspath(getClass().getClassLoader(), "test");

    @Test
    void theFacadeListsAndHandsOutEveryFormat() {
        assertThat(advisor.formats()).containsExactly("text", "json", "html", "pdf", "markdown", "csv");
        Renderer html = advisor.renderer("html", new ReportOptions(Hints.NEUTRAL, "T", "C")).orElseThrow();
        assertThat(html).isInstanceOf(HtmlRenderer.class);
        assertThat(html.render(Fixtures.s1())).contains("<h1>T</h1>").contains(">C</p>");
        assertThat(advisor.renderer("pdf", Hints.NEUTRAL).orElseThrow().contentType()).isEqualTo("application/pdf");
        assertThat(advisor.renderer("markdown", Hints.NEUTRAL).orElseThrow().extension()).isEqualTo("md");
        assertThat(advisor.renderer("csv", Hints.NEUTRAL).orElseThrow().contentType()).startsWith("text/csv");
        assertThat(advisor.renderer("docx", Hints.NEUTRAL)).isEmpty();
    }
}
