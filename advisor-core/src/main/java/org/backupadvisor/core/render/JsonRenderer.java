package org.backupadvisor.core.render;

import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;

/** The versioned JSON contract (DESIGN.md §4). */
public final class JsonRenderer implements Renderer {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(Analysis analysis, java.io.Writer out) throws java.io.IOException {
        AnalysisJson.write(analysis, out);
        out.write(System.lineSeparator());
    }
}
