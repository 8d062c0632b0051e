package org.backupadvisor.core.render;

import org.backupadvisor.core.analysis.Analysis;

/** Turns an {@link Analysis} into one output format; reads nothing else. */
public interface Renderer {
    String format();

    String render(Analysis analysis);
}
