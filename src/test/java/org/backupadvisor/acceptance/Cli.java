package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backupadvisor.cli.AdvisorCli;

/** Runs the real CLI: in-process through the same entry point as main, or as a separate JVM on the built jar. */
final class Cli {
    /** The repository root (the acceptance module runs with its own folder as working directory). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Result(int exit, String out, String err) {
    }

    /** Bad input as the CLI contract wants it answered: {@code exit}, one line on stderr naming what it must. */
    static void oneLineError(Result r, int exit, String... mentions) {
        assertThat(r.exit()).as("exit code; stderr: " + r.err()).isEqualTo(exit);
        assertThat(r.err().lines().toList()).as("stderr: " + r.err()).hasSize(1);
        assertThat(r.err()).startsWith("advisor: ").doesNotContain("Exception:").doesNotContain("\tat ");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code java -jar cli/target/advisor.jar ARGS} in the repository root: exit code, stdout and stderr as a user sees them. */
    static Result process(String... args) throws IOException, InterruptedException {
        return processWithJvm(List.of(), args);
    }

    /** As {@link #process}, with JVM options first (e.g. -Xmx512m: every input must be refused or analysed in it). */
    static Result processWithJvm(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path jar = ROOT.resolve("cli/target/advisor.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " missing: build the cli module first (mvn verify builds it before this module)");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("advisor-out", ".txt");
        Path err = Files.createTempFile("advisor-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("advisor did not finish in 120 s: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
