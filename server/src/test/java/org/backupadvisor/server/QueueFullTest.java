package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backupadvisor.server.store.AnalysisStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP, with one analysis slot and no queue: requests beyond it are answered 503 with Retry-After as
 * problem+json at once (the service does not fall over or pile them up), and a rejected request stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advisor.security.api-keys=" + ApiTest.KEYS,
        "spring.datasource.url=jdbc:h2:mem:queuefull;DB_CLOSE_DELAY=-1",
        "advisor.analysis.max-concurrent=1",
        "advisor.analysis.queue=0",
        "advisor.analysis.retry-after=5s"})
class QueueFullTest {
    static final int CLIENTS = 8;

    @LocalServerPort
    int port;

    @Autowired
    AnalysisStore store;

    @Test
    void requestsBeyondTheSlotsAndQueueGet503WithRetryAfterAndStoreNothing() throws Exception {
        Http http = Http.port(port);
        List<Http.Response> responses = new ArrayList<>();
        // Up to five bursts: one is nearly always enough, but a burst may by chance arrive one request at a time.
        for (int burst = 0; burst < 5 && responses.stream().noneMatch(r -> r.status() == 503); burst++) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Http.Response>> calls = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    calls.add(pool.submit(() -> {
                        go.await();
                        return http.post("/api/v1/analyses", ApiTest.WRITE, Http.Form.s1());
                    }));
                }
                go.countDown();
                for (Future<Http.Response> f : calls) {
                    responses.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<Http.Response> rejected = responses.stream().filter(r -> r.status() == 503).toList();
        List<Http.Response> created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(rejected).isNotEmpty();
        assertThat(created.size() + rejected.size()).as("only 201 or 503").isEqualTo(responses.size());
        for (Http.Response r : rejected) {
            assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(r.json().get("status").asInt()).isEqualTo(503);
        }
        // Every 201 is stored, nothing else.
        assertThat(store.page(null, null, 0, 1000)).hasSize(created.size());
    }
}
