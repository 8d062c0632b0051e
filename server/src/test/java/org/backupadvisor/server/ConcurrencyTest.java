package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.server.store.AnalysisStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 50 clients posting S1 analyses for 30 seconds: no error, and every stored analysis whole (its JSON, its 5 inputs).
 * {@code -Dadvisor.test.concurrency.seconds=0} makes each client post {@value #DEFAULT_ROUNDS} times instead (a quick
 * local run). Nothing here is timed or asserted on time: the seconds only say how long the load lasts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advisor.security.api-keys=" + ApiTest.KEYS,
        "spring.datasource.url=jdbc:h2:mem:apitest;DB_CLOSE_DELAY=-1",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=2MB"})
class ConcurrencyTest {
    static final int CLIENTS = 50;
    static final int DEFAULT_ROUNDS = 2;

    @LocalServerPort
    int port;

    @Autowired
    AnalysisStore store;

    @Test
    void fiftyClientsAtOnceGetNoErrorAndEveryStoredAnalysisIsWhole() throws Exception {
        long seconds = Long.getLong("advisor.test.concurrency.seconds", 30);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Http http = Http.port(port);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; seconds > 0 ? System.nanoTime() < until : round < DEFAULT_ROUNDS; round++) {
                        Http.Response r = http.post("/api/v1/analyses", ApiTest.WRITE, Http.Form.s1());
                        if (r.status() != 201) {
                            errors.add(r.status() + " " + r.text());
                        } else {
                            ids.add(r.json().get("analysisId").asString());
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%d clients%s: %d analyses stored, %d errors%n", CLIENTS,
                seconds > 0 ? " for " + seconds + " s" : " x " + DEFAULT_ROUNDS, ids.size(), errors.size());
        assertThat(errors).isEmpty();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(seconds > 0 ? CLIENTS : CLIENTS * DEFAULT_ROUNDS);
        for (String id : ids) {
            AnalysisStore.StoredAnalysis row = store.find(id).orElseThrow();
            assertThat(AnalysisJson.read(row.json()).analysisId()).isEqualTo(id);
            assertThat(AnalysisJson.read(row.json()).recommendations()).isNotEmpty();
            assertThat(store.inputs(id)).hasSize(5);
        }
    }
}
