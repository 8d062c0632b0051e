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
    public String render(Analysis analysis) {
        return AnalysisJson.write(analysis) + System.lineSeparator();
    }
}
