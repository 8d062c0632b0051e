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
    static void warmUp(boolean json, java.util.List<String> args) {
        Thread t = new Thread(() -> {
            try {
                ADVISOR.registry();
                ADVISOR.rules();
                // The JDK's SecureRandom (security providers, the native PRNG: ~15 ms of CPU at first use), which the
                // analysis id and the building of the products' rules both draw on.
                java.util.UUID.randomUUID();
                // The network of the products the inputs hold, built while picocli still reads the command line (it
                // is what the analysis waits for after parsing): every argument that names a file or folder is taken
                // for an input, a guess the analysis checks. Small inputs only, as they are read twice.
                java.util.List<java.nio.file.Path> inputs = smallInputs(args);
                if (!inputs.isEmpty()) {
                    ADVISOR.prepareFor(inputs);
                }
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

    /** Read twice (here and by the analysis) only while that costs little: a README example, not a large CommCell. */
    private static final long HINT_BYTES = 4L << 20;
    private static final int HINT_FILES = 200;

    /** The arguments after the command that name existing files or folders, when their files are few and small. */
    static java.util.List<java.nio.file.Path> smallInputs(java.util.List<String> args) {
        java.util.List<java.nio.file.Path> out = new java.util.ArrayList<>();
        long[] bytes = {0};
        int[] files = {0};
        for (String a : args.subList(Math.min(1, args.size()), args.size())) {
            if (a.startsWith("-")) {
                continue;
            }
            try {
                java.nio.file.Path p = java.nio.file.Path.of(a);
                if (!java.nio.file.Files.exists(p)) {
                    continue;
                }
                try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(p, 4)) {
                    boolean small = walk.filter(java.nio.file.Files::isRegularFile).allMatch(f -> {
                        try {
                            bytes[0] += java.nio.file.Files.size(f);
                        } catch (java.io.IOException e) {
                            return false;
                        }
                        return ++files[0] <= HINT_FILES && bytes[0] <= HINT_BYTES;
                    });
                    if (!small) {
                        return java.util.List.of();
                    }
                }
                out.add(p);
            } catch (java.io.IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
                return java.util.List.of();   // a guess only: the analysis reads and reports the inputs itself
            }
        }
        return out;
    }
}
