import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for the REST service (a single-file program:
 * {@code java bench/ServerLoad.java URL KEY CLIENTS SECONDS [WARMUP_SECONDS]}). Each client POSTs the S1 analysis
 * (README command 1) in a loop; prints analyses/s, p50/p90/p99 latency and the non-201 answers by status. A warm-up
 * (default 10 s) is run first and not counted.
 */
public class ServerLoad {
    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/v1/analyses";
        String key = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Path s1 = Path.of("examples/commvault/weekend-window");
        List<Path> files;
        try (var s = Files.list(s1)) {
            files = s.sorted().toList();
        }
        for (Path p : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + p.getFileName() + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(p));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        String[][] fields = {{"window", "48h"}, {"size", "30TB"}, {"measured", "290GB/hr"},
                {"measure", "tape.drives=2"}, {"measure", "tape.driveWrite=120MB/s"},
                {"measure", "source.readPerStream=253MB/s"}};
        for (String[] f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n"
                    + f[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] payload = body.toByteArray();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).timeout(Duration.ofSeconds(60)).build();

        for (String phase : warmup > 0 ? new String[]{"warm-up", "measured"} : new String[]{"measured"}) {
            long length = phase.equals("warm-up") ? warmup : seconds;
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ConcurrentHashMap<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
            long end = System.nanoTime() + length * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            long t = System.nanoTime();
                            int status;
                            try {
                                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            } catch (Exception e) {
                                status = -1;
                            }
                            if (status == 201) {
                                latencies.add(System.nanoTime() - t);
                            } else {
                                failures.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            pool.shutdown();
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> l = new ArrayList<>(latencies);
            Collections.sort(l);
            if (phase.equals("measured")) {
                System.out.printf("clients %d, %.1f s: %d analyses, %.1f analyses/s, p50 %.0f ms, p90 %.0f ms, "
                                + "p99 %.0f ms, max %.0f ms, not 201: %s%n", clients, elapsed, l.size(),
                        l.size() / elapsed, pct(l, 50), pct(l, 90), pct(l, 99), pct(l, 100), failures);
            }
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
