package org.backupadvisor.server;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, without Docker: either the one named by {@code ADVISOR_TEST_PG_URL}
 * (with {@code ADVISOR_TEST_PG_USER} / {@code ADVISOR_TEST_PG_PASSWORD}), or a throwaway cluster made with the
 * Debian binaries ({@code apt-get install postgresql}: /usr/lib/postgresql/N/bin) in a temporary directory, on a free
 * port, trust authentication, fsync off - through {@code runuser -u postgres} when running as root, since PostgreSQL
 * refuses to run as root. {@code .ci/run} installs the package and sets {@code ADVISOR_REQUIRE_POSTGRES=1}, so in
 * CI these tests run or fail, never skip.
 */
final class ThrowawayPostgres implements AutoCloseable {
    final String url;
    final String user;
    final String password;
    private final Path dir;
    private final Path bin;

    private ThrowawayPostgres(String url, String user, String password, Path dir, Path bin) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dir = dir;
        this.bin = bin;
    }

    static boolean required() {
        return "1".equals(System.getenv("ADVISOR_REQUIRE_POSTGRES"));
    }

    /** Why no PostgreSQL can be had here, or empty when one can. */
    static Optional<String> unavailable() {
        if (System.getenv("ADVISOR_TEST_PG_URL") != null || binaries().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("no PostgreSQL: set ADVISOR_TEST_PG_URL or install the Debian package postgresql "
                + "(/usr/lib/postgresql/*/bin)");
    }

    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                    .max(Comparator.comparingInt(p -> version(p.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int version(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static ThrowawayPostgres start() throws Exception {
        String given = System.getenv("ADVISOR_TEST_PG_URL");
        if (given != null) {
            return new ThrowawayPostgres(given, System.getenv().getOrDefault("ADVISOR_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("ADVISOR_TEST_PG_PASSWORD", ""), null, null);
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(unavailable().orElse("no PostgreSQL")));
        Path dir = Files.createTempDirectory("advisor-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), dir);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(as(root, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-sync"), dir);
        run(as(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("pg.log").toString(), "-w", "-t", "60", "start", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200"), dir);
        run(as(root, bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                "postgres", "advisor"), dir);
        return new ThrowawayPostgres("jdbc:postgresql://127.0.0.1:" + port + "/advisor", "postgres", "", dir, bin);
    }

    private static List<String> as(boolean root, String... command) {
        List<String> c = new ArrayList<>();
        if (root) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    private static void run(List<String> command, Path dir) throws Exception {
        Path log = dir.resolve("cmd.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    @Override
    public void close() throws Exception {
        if (dir == null) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), dir);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
