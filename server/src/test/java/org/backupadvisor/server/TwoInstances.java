package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Scale-out on one PostgreSQL: two service instances share the database and nothing else. A POST retried across
 * them with one Idempotency-Key (at the same moment, and one after the other) gives one analysis; what one instance
 * stored the other serves; every stored analysis is whole.
 */
final class TwoInstances {
    static final String WRITE = "w-pg-7c1d9e2f4a6b8c0d";
    static final String READ = "r-pg-1a3c5e7f9b2d4f6a";

    private TwoInstances() {
    }

    static ConfigurableApplicationContext start(String url, String user, String password, boolean storeInputs) {
        return new SpringApplicationBuilder(AdvisorServer.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--advisor.store-inputs=" + storeInputs,
                "--advisor.security.api-keys=cmdb:" + WRITE + ":write,report:" + READ + ":read");
    }

    static Http http(ConfigurableApplicationContext c) {
        return Http.port(Integer.parseInt(c.getEnvironment().getProperty("local.server.port")));
    }

    static void run(String url, String user, String password) throws Exception {
        List<ConfigurableApplicationContext> apps = new ArrayList<>();
        try {
            apps.add(start(url, user, password, true));
            apps.add(start(url, user, password, false));
            Http a = http(apps.get(0));
            Http b = http(apps.get(1));

            // Retries racing the first request, three on each instance at the same moment: one analysis for all.
            CountDownLatch go = new CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<CompletableFuture<Http.Response>> racing = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Http on = i % 2 == 0 ? a : b;
                racing.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return on.post("/api/v1/analyses", WRITE, Http.Form.s1(), "Idempotency-Key", "CHG-race");
                }, pool));
            }
            go.countDown();
            CompletableFuture.allOf(racing.toArray(CompletableFuture[]::new)).join();
            pool.shutdown();
            Http.Response ra = racing.get(0).get();
            String id = ra.json().get("analysisId").asString();
            for (CompletableFuture<Http.Response> f : racing) {
                Http.Response r = f.get();
                assertThat(r.status()).as(r.text()).isEqualTo(201);
                assertThat(r.json()).isEqualTo(ra.json());
            }
            assertThat(racing.stream().map(CompletableFuture::join)
                    .filter(r -> "true".equals(r.header("Idempotent-Replayed")))).hasSize(5);

            // A timed-out client retrying on the other instance later.
            Http.Response first = a.post("/api/v1/analyses", WRITE, Http.Form.s1(), "Idempotency-Key", "CHG-retry");
            Http.Response retry = b.post("/api/v1/analyses", WRITE, Http.Form.s1(), "Idempotency-Key", "CHG-retry");
            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

            // What A stored, B serves: the analysis, the list, reports, verifications.
            String other = first.json().get("analysisId").asString();
            assertThat(b.get("/api/v1/analyses/" + other, READ).json()).isEqualTo(first.json());
            JsonNode list = b.get("/api/v1/analyses?product=commvault", READ).json();
            assertThat(list.get("totalItems").asLong()).isEqualTo(2);
            assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(other);
            assertThat(b.get("/api/v1/analyses/" + other + "/report.md", READ).status()).isEqualTo(200);
            Http.Response v = b.post("/api/v1/analyses/" + other + "/verifications", WRITE, "application/json",
                    "{\"measured\":\"230MB/s\"}");
            assertThat(v.status()).isEqualTo(201);
            assertThat(a.get("/api/v1/analyses/" + other + "/verifications", READ).json()).hasSize(1);
            // Instance A keeps raw inputs (advisor.store-inputs), B does not: "other" was made on A. (Which instance
            // stored the raced analysis is not fixed.)
            assertThat(b.get("/api/v1/analyses/" + other + "/inputs", READ).json().get(0).get("contentStored")
                    .asBoolean()).as("instance A stores raw inputs").isTrue();

            try (Connection c = DriverManager.getConnection(url, user, password)) {
                assertThat(count(c, "select count(*) from analysis")).isEqualTo(2);
                assertThat(count(c, "select count(*) from analysis where idempotency_key = 'CHG-race'")).isEqualTo(1);
                assertThat(count(c, "select count(*) from analysis a where (select count(*) from analysis_input i"
                        + " where i.analysis_id = a.id) <> 5")).as("every analysis with its 5 inputs").isZero();
                assertThat(count(c, "select count(*) from verification")).isEqualTo(1);
            }
        } finally {
            apps.forEach(ConfigurableApplicationContext::close);
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
