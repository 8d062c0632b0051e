package org.backupadvisor.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.core.render.ReportOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The report options {@code analyze} and {@code report} share (format, output file, title, customer, quiet) and the
 * one safe way a report is written: stdout (a failed write there is an error), or --output — a regular file
 * atomically (temp file, then rename; never half-written), a device, FIFO or /dev/stdout directly, a link followed
 * to what it names; a folder, an empty name or an input is refused. Declared with picocli's programmatic API, as
 * {@code analyze} is (see {@link AnalyzeCommand}).
 */
final class ReportOutput {
    private final String format;
    private final Path output;
    private final String title;
    private final String customer;
    private final boolean quiet;

    private ReportOutput(String format, Path output, String title, String customer, boolean quiet) {
        this.format = format;
        this.output = output;
        this.title = title;
        this.customer = customer;
        this.quiet = quiet;
    }

    /** Adds the report options to a command. */
    static void declare(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class).defaultValue("text")
                .description("Output format: text, json, html, pdf, markdown or csv (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(Path.class)
                .description("Write the report to FILE instead of stdout.").build());
        spec.addOption(OptionSpec.builder("--title").paramLabel("TEXT").type(String.class)
                .description("Report title (html, pdf, markdown), e.g. \"Weekend backup window\".").build());
        spec.addOption(OptionSpec.builder("--customer").paramLabel("TEXT").type(String.class)
                .description("Customer or environment named in the report header.").build());
        spec.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class)
                .description("No progress bar on stderr (it shows only on a terminal, for long runs).").build());
    }

    /** The report options as the command line set them. */
    static ReportOutput of(CommandSpec spec) {
        return new ReportOutput(spec.findOption("--format").getValue(), spec.findOption("--output").getValue(),
                spec.findOption("--title").getValue(), spec.findOption("--customer").getValue(),
                Boolean.TRUE.equals(spec.findOption("--quiet").getValue()));
    }

    /** The renderer for --format, with the CLI's hints and the header; an unknown format is a usage error. */
    Renderer renderer(CommandSpec spec) {
        ReportOptions options = new ReportOptions(Engine.HINTS, title, customer);
        Renderer r = Engine.advisor().renderer(format, options).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--format '" + format + "' is not supported; use "
                + String.join(", ", Engine.advisor().formats())));
        if (output == null && binary(r) && System.console() != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
                    + " writes a binary file: pass --output report." + r.extension());
        }
        return r;
    }

    /** Progress on stderr for a long run (see {@link Progress#start}); a PDF's layout counts as long. */
    Progress progress(List<Path> inputs, Renderer renderer, int stages) {
        return Progress.start(quiet, renderer.format().equals("pdf"), inputs, stages);
    }

    /** The checked --output path, or null for stdout. */
    Path target() {
        return output == null ? null : checkedOutput(output);
    }

    static boolean binary(Renderer r) {
        String t = r.contentType();
        return !(t.startsWith("text/") || t.startsWith("application/json"));
    }

    void write(CommandSpec spec, Renderer renderer, Analysis analysis) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (binary(renderer)) {
                    out.flush();
                    OutputStream raw = new BufferedOutputStream(System.out);
                    renderer.render(analysis, raw);
                    raw.flush();
                    if (System.out.checkError()) {
                        throw new AnalyzeCommand.OutputException("cannot write the report to standard output (closed or full)");
                    }
                    return;
                }
                OutputStream text = new DecodingStream(out);
                renderer.render(analysis, text);
                text.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            if (out.checkError()) {
                throw new AnalyzeCommand.OutputException("cannot write the report to standard output (closed or full)");
            }
            return;
        }
        Path target = checkedOutput(output);
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(target))) {
                    renderer.render(analysis, w);
                }
                return;
            }
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".advisor-", ".tmp");
            tmp.toFile().deleteOnExit();   // an interrupted run leaves no temp file behind
            try {
                try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    renderer.render(analysis, w);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new AnalyzeCommand.OutputException(output + ": cannot write the report: " + reason(e));
        }
    }

    /**
     * Where --output goes: a link is followed to what it names (so a regular file behind it is replaced atomically
     * and the link stays); a folder, the root or an empty name is refused.
     */
    static Path checkedOutput(Path out) {
        if (out.toString().isBlank()) {
            throw new InputException("--output is empty: name the report file, e.g. --output report.txt");
        }
        Path target = out.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(target)) {
                target = target.toRealPath();
            }
        } catch (IOException e) {
            throw new InputException(out + ": --output is a link to nothing that can be written (" + reason(e) + ")");
        }
        if (Files.isDirectory(target) || target.getParent() == null) {
            throw new InputException(out + ": --output names a folder; name the report file inside it");
        }
        return target;
    }

    /** A report written over a file it was made from would lose that file: refuse before reading further. */
    static void refuseOverwriting(Path report, List<Path> inputs) {
        if (report == null || !Files.exists(report)) {
            return;
        }
        for (Path p : inputs) {
            try {
                if (Files.exists(p) && Files.isSameFile(p, report)) {
                    throw new InputException(report + ": --output names one of the inputs; write the report elsewhere");
                }
            } catch (IOException e) {
                // Not readable as a file: it cannot be the report file.
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** UTF-8 bytes from a text renderer decoded into the command's writer (what tests and stdout see). */
    private static final class DecodingStream extends OutputStream {
        private final PrintWriter out;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);

        DecodingStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, in.remaining());
                in.put(b, off, n);
                off += n;
                len -= n;
                drain(false);
            }
        }

        private void drain(boolean end) {
            in.flip();
            while (true) {
                var result = decoder.decode(in, chars, end);
                chars.flip();
                out.append(chars);
                chars.clear();
                if (!result.isOverflow()) {
                    break;
                }
            }
            in.compact();
        }

        @Override
        public void flush() {
            drain(false);
            out.flush();
        }
    }
}
