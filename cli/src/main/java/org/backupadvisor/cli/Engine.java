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

    /**
     * Starts loading the plugins and building the rule base on a second thread while picocli builds its command model
     * and the exports are read: on two cores the two overlap (about a third of a README run). The command waits for
     * them where it needs them; a failure here is left for the command to meet and report itself.
     */
    static void warmUp(boolean json) {
        Thread t = new Thread(() -> {
            try {
                ADVISOR.registry();
                ADVISOR.rules();
                // The JDK's SecureRandom (security providers, the native PRNG: ~15 ms of CPU at first use), which the
                // analysis id and the building of the products' rules both draw on.
                java.util.UUID.randomUUID();
                if (json) {
                    // The JSON mapper (0.15-0.2 s of class loading and set-up), needed when the analysis is written.
                    Class.forName(org.backupadvisor.core.analysis.AnalysisJson.class.getName(), true,
                            Engine.class.getClassLoader());
                }
            } catch (RuntimeException | LinkageError | ClassNotFoundException e) {
                // The command calls the same loaders and reports the failure on its own thread, as one line.
            }
        }, "advisor-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
