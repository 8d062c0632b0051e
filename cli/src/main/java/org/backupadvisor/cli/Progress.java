package org.backupadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Progress of a long run on stderr (stages: read the exports, analyse, write the report). A bar is shown only when
 * stderr is very likely a terminal (a console is attached and TERM is not "dumb"), --quiet is off, and the run is
 * long (many files, a large export, or a PDF to lay out); otherwise nothing is printed and the progress-bar library
 * is never loaded.
 */
interface Progress extends AutoCloseable {
    /** Inputs above this many bytes or files make a run "long". */
    long LONG_BYTES = 16L << 20;
    int LONG_FILES = 200;

    Progress NONE = new Progress() {
        @Override
        public void stage(String what) {
        }

        @Override
        public void close() {
        }
    };

    /** Moves to the next stage, named for the user ("reading exports"). */
    void stage(String what);

    @Override
    void close();

    static Progress start(boolean quiet, boolean slowOutput, List<Path> inputs, int stages) {
        if (quiet || System.console() == null || "dumb".equals(System.getenv("TERM"))
                || System.getenv("ADVISOR_NO_PROGRESS") != null) {
            return NONE;
        }
        if (!slowOutput && !large(inputs)) {
            return NONE;
        }
        try {
            return new TerminalProgress(stages);
        } catch (RuntimeException | LinkageError e) {
            return NONE;   // a progress bar is never worth failing the run
        }
    }

    /** Whether the inputs pass the "long run" thresholds; stops counting as soon as they do. */
    static boolean large(List<Path> inputs) {
        long bytes = 0;
        long files = 0;
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p, 8)) {
                    var it = s.filter(Files::isRegularFile).iterator();
                    while (it.hasNext()) {
                        Path f = it.next();
                        bytes += size(f);
                        if (++files > LONG_FILES || bytes > LONG_BYTES) {
                            return true;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // The analysis says what is wrong with the folder; the progress bar does not.
                }
            } else {
                bytes += size(p);
                files++;
            }
            if (files > LONG_FILES || bytes > LONG_BYTES) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path f) {
        try {
            return Files.isRegularFile(f) ? Files.size(f) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
