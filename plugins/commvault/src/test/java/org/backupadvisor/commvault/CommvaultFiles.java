package org.backupadvisor.commvault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;

/** Test inputs: inline snippets, classpath snippets, and the S1 example bundle (examples/commvault/weekend-window). */
final class CommvaultFiles {
    static final String EXAMPLE = "examples/commvault/weekend-window";
    static final String SUBCLIENT = "backup01/defaultBackupSet/shows";
    static final String POLICY = "SP-T50e-LTO5";
    static final String COPY = "SP-T50e-LTO5/Primary";
    static final String MEDIA_AGENT = "backup01";

    private CommvaultFiles() {
    }

    static InputFile file(String name, String text) {
        return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file from src/test/resources/commvault/, named by its path there. */
    static InputFile resource(String path) {
        try (InputStream in = CommvaultFiles.class.getResourceAsStream("/commvault/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource commvault/" + path);
            }
            return new InputFile(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CommvaultEnvironment parse(InputFile... files) {
        return new CommvaultParser().parse(List.of(files));
    }

    static CommvaultEnvironment parse(List<InputFile> files) {
        return new CommvaultParser().parse(files);
    }

    /** The example bundle directory, found from the module directory Maven runs the tests in. */
    static Path exampleDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(EXAMPLE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(EXAMPLE + " not found above " + Path.of("").toAbsolutePath());
    }

    /** The example bundle's files, named "weekend-window/<file>" as the loader names them. */
    static List<InputFile> exampleFiles() {
        try (Stream<Path> s = Files.list(exampleDir())) {
            return s.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return new InputFile("weekend-window/" + p.getFileName(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFile exampleFile(String name) {
        return exampleFiles().stream().filter(f -> f.name().endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no example file " + name));
    }

    static CommvaultEnvironment example() {
        return parse(exampleFiles());
    }

    /** "tape.drives=2", "tape.driveWrite=120MB/s" ... as the CLI's --measure takes them. */
    static Measurements measure(String... keyEqualsValue) {
        Measurements.Builder b = Measurements.builder();
        Arrays.stream(keyEqualsValue).forEach(kv -> {
            int eq = kv.indexOf('=');
            b.parse(kv.substring(0, eq), kv.substring(eq + 1), "--measure " + kv);
        });
        return b.build();
    }

    static Subclient subclient(CommvaultEnvironment env, String id) {
        return env.subclients().stream().filter(o -> o.objectId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no subclient " + id + " in " + env.subclients()));
    }

    static StoragePolicy policy(CommvaultEnvironment env, String name) {
        return env.policies().stream().filter(o -> o.objectId().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no storage policy " + name + " in " + env.policies()));
    }

    static StoragePolicyCopy copy(CommvaultEnvironment env, String id) {
        return env.copies().stream().filter(o -> o.objectId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no copy " + id + " in " + env.copies()));
    }

    static MediaAgent mediaAgent(CommvaultEnvironment env, String name) {
        return env.mediaAgents().stream().filter(o -> o.objectId().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no MediaAgent " + name + " in " + env.mediaAgents()));
    }
}
