package org.backupadvisor.core.render;

import org.backupadvisor.core.analysis.Analysis;

/** Turns an {@link Analysis} into one output format; reads nothing else. */
public interface Renderer {
    String format();

    /** Writes the report to {@code out}: large analyses stream instead of building one huge string. */
    void render(Analysis analysis, java.io.Writer out) throws java.io.IOException;

    default String render(Analysis analysis) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            render(analysis, w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
