package org.backupadvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
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
     * Starts, on a second thread, what the command will need while picocli builds its command model and the exports
     * are read: on two cores the two overlap (about a third of a README run). The command waits for it where it needs
     * it; a failure here is left for the command to meet and report itself. Other commands need nothing ahead.
     */
    static void warmUp(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        // JSON (what scripts and nightly runs ask for, and what 'report' reads): its mapper takes 0.15-0.2 s of class
        // loading and set-up.
        boolean json = command.equals("report") || args.contains("json") || args.contains("--format=json");
        if (!command.equals("analyze") && !command.equals("rules") && !json) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                if (command.equals("analyze")) {
                    prepareAnalysis(args);
                } else if (command.equals("rules")) {
                    ADVISOR.rules().catalog();
                }
                if (json) {
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

    private static void prepareAnalysis(List<String> args) {
        ADVISOR.registry();
        // The JDK's SecureRandom (security providers, the native PRNG: ~15 ms of CPU at first use), which the analysis
        // id and the building of the products' rules both draw on.
        UUID.randomUUID();
        // The network of the products the inputs hold, built while picocli still reads the command line (it is what
        // the analysis waits for after parsing): every argument that names a file or folder is taken for an input, a
        // guess the analysis checks. Small inputs only, as they are read twice. Otherwise the KIE services are
        // started (the network every analysis gets), so the analysis pays less.
        List<Path> inputs = smallInputs(args);
        if (inputs.isEmpty()) {
            ADVISOR.rules().prepare(Set.of());
        } else {
            ADVISOR.prepareFor(inputs);
        }
    }

    /** Read twice (here and by the analysis) only while that costs little: a README example, not a large CommCell. */
    private static final long HINT_BYTES = 4L << 20;
    private static final int HINT_FILES = 200;

    /** The arguments after the command that name existing files or folders, when their files are few and small. */
    static List<Path> smallInputs(List<String> args) {
        List<Path> out = new ArrayList<>();
        long bytes = 0;
        int files = 0;
        try {
            for (String a : args.subList(Math.min(1, args.size()), args.size())) {
                if (a.startsWith("-") || !Files.exists(Path.of(a))) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(Path.of(a))) {
                    for (Iterator<Path> it = walk.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                        bytes += Files.size(it.next());
                        if (++files > HINT_FILES || bytes > HINT_BYTES) {
                            return List.of();
                        }
                    }
                }
                out.add(Path.of(a));
            }
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return List.of();   // a guess only: the analysis reads and reports the inputs itself
        }
        return out;
    }
}
