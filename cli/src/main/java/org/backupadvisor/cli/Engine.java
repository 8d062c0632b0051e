package org.backupadvisor.cli;

import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.core.render.Hints;

/** The CLI's one {@link Advisor} (plugins and rules loaded on first use) and its wording of input hints. */
final class Engine {
    private static final Advisor ADVISOR = Advisor.fromClasspath(Engine.class.getClassLoader(), AdvisorCli.version());

    /** A missing measurement, as this CLI takes it. */
    static final Hints HINTS = key -> key.equals("throughput.current") ? "--measured RATE" : "--measure " + key + "=VALUE";

    private Engine() {
    }

    static Advisor advisor() {
        return ADVISOR;
    }
}
