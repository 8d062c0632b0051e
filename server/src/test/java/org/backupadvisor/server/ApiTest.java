package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.backupadvisor.server.store.AnalysisStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every endpoint and error through a real HTTP client, on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "advisor.security.api-keys=" + ApiTest.KEYS,
        "spring.datasource.url=jdbc:h2:mem:apitest;DB_CLOSE_DELAY=-1",
        "spring.servlet.multipart.max-file-size=1MB",
        "spring.servlet.multipart.max-request-size=2MB"})
@ExtendWith(OutputCaptureExtension.class)
class ApiTest {
    static final String WRITE = "w-3f9c2a7e1b5d4c8a9e0f";
    static final String READ = "r-8d1e6b3a0c7f5e2d4b9a";
    static final String KEYS = "servicenow:" + WRITE + ":write,dashboard:" + READ + ":read";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http() {
        return Http.port(port);
    }

    private JsonNode createS1() {
        Http.Response r = http().post("/api/v1/analyses", WRITE, Http.Form.s1());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.json();
    }

    @Test
    void postAnalysesAnswersTheCliAnalysisWithLocationAndStoresItsInputs() {
        Http.Response r = http().post("/api/v1/analyses", WRITE, Http.Form.s1());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode a = r.json();
        String id = a.get("analysisId").asString();
        assertThat(r.header("Location")).isEqualTo("/api/v1/analyses/" + id);
        assertThat(a.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(a.get("targetMet").asBoolean()).isTrue();
        assertThat(a.get("projected").get("bytesPerSecond").asDouble()).isEqualTo(240e6);
        assertThat(a.get("recommendations").get(0).get("setting").asString()).startsWith("commvault.");
        assertThat(a.get("inputs")).hasSize(5);

        Http.Response got = http().get("/api/v1/analyses/" + id, READ);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(a);

        Http.Response inputs = http().get("/api/v1/analyses/" + id + "/inputs", READ);
        assertThat(inputs.status()).isEqualTo(200);
        assertThat(inputs.json()).hasSize(5);
        JsonNode first = inputs.json().get(0);
        assertThat(first.get("file").asString()).isEqualTo("jobs.json");
        assertThat(first.get("product").asString()).isEqualTo("commvault");
        assertThat(first.get("sha256").asString()).hasSize(64);
        assertThat(first.get("contentStored").asBoolean()).as("raw inputs only with advisor.store-inputs").isFalse();
        assertThat(jdbc.sql("select count(*) from analysis_input where analysis_id = ? and content_b64 is not null")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theJsonFormOfPostTakesFilesAsBase64() throws Exception {
        String sub = Base64.getEncoder().encodeToString(Files.readAllBytes(Http.S1.resolve("subclient-4711.xml")));
        String body = "{\"files\":[{\"name\":\"subclient-4711.xml\",\"contentBase64\":\"" + sub + "\"}],"
                + "\"target\":\"173MB/s\",\"measure\":[\"tape.drives=2\"]}";
        Http.Response r = http().post("/api/v1/analyses", WRITE, "application/json", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("target").get("bytesPerSecond").asDouble()).isEqualTo(173e6);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstResultAndStoresOneAnalysis() {
        String key = "change-CHG0031337";
        Http.Response first = http().post("/api/v1/analyses", WRITE, Http.Form.s1(), "Idempotency-Key", key);
        Http.Response retry = http().post("/api/v1/analyses", WRITE, Http.Form.s1(), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(jdbc.sql("select count(*) from analysis where idempotency_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(1);

        Http.Response other = http().post("/api/v1/analyses", WRITE,
                Http.Form.s1().field("measure", "target.sessions=4"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:backup-advisor:problem:idempotency-key-reused");
    }

    @Test
    void badInputIs400WithTheCliOneLineMessage() {
        Http.Response unit = http().post("/api/v1/analyses", WRITE,
                new Http.Form().files(Http.S1).field("target", "173MB/x"));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.contentType()).startsWith("application/problem+json");
        assertThat(unit.json().get("detail").asString()).startsWith("target: ").contains("173MB/x").doesNotContain("\n");

        Http.Response key = http().post("/api/v1/analyses", WRITE,
                new Http.Form().files(Http.S1).field("target", "173MB/s").field("measure", "tape.speed=1"));
        assertThat(key.status()).isEqualTo(400);
        assertThat(key.json().get("detail").asString()).contains("unknown measurement key 'tape.speed'")
                .contains("tape.drives");

        Http.Response both = http().post("/api/v1/analyses", WRITE, new Http.Form().files(Http.S1)
                .field("target", "173MB/s").field("window", "48h").field("size", "30TB"));
        assertThat(both.json().get("detail").asString()).isEqualTo("give either target or window with size, not both");

        Http.Response none = http().post("/api/v1/analyses", WRITE, new Http.Form().files(Http.S1));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("detail").asString()).startsWith("no target");

        Http.Response noFiles = http().post("/api/v1/analyses", WRITE, new Http.Form().field("target", "173MB/s"));
        assertThat(noFiles.status()).isEqualTo(400);
        assertThat(noFiles.json().get("detail").asString()).contains("'files'");

        Http.Response notAnExport = http().post("/api/v1/analyses", WRITE, new Http.Form()
                .file("files", "notes.txt", "just some notes".getBytes(StandardCharsets.UTF_8)).field("target", "1GB/s"));
        assertThat(notAnExport.status()).isEqualTo(400);
        assertThat(notAnExport.json().get("detail").asString()).startsWith("notes.txt");

        Http.Response dtd = http().post("/api/v1/analyses", WRITE, new Http.Form().file("files", "evil.xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<App_GetSubClientPropertiesResponse>&e;</App_GetSubClientPropertiesResponse>")
                        .getBytes(StandardCharsets.UTF_8)).field("target", "1GB/s"));
        assertThat(dtd.status()).isEqualTo(400);
        assertThat(dtd.text()).doesNotContain("root:").doesNotContain("at org.");
    }

    @Test
    void aFailedAnalysisStoresNothing() {
        long before = jdbc.sql("select count(*) from analysis").query(Long.class).single();
        long inputsBefore = jdbc.sql("select count(*) from analysis_input").query(Long.class).single();
        Http.Response r = http().post("/api/v1/analyses", WRITE, new Http.Form().files(Http.S1)
                .file("files", "broken.json", "{\"subClientProperties\": [".getBytes(StandardCharsets.UTF_8))
                .field("target", "173MB/s"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from analysis").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from analysis_input").query(Long.class).single()).isEqualTo(inputsBefore);
    }

    @Test
    void listIsNewestFirstWithPagingAndFilters() {
        String a = createS1().get("analysisId").asString();
        String b = createS1().get("analysisId").asString();
        JsonNode page = http().get("/api/v1/analyses?page=0&size=2", READ).json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(b);
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(a);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").get(0).get("products").get(0).asString()).isEqualTo("commvault");

        JsonNode next = http().get("/api/v1/analyses?page=1&size=1", READ).json();
        assertThat(next.get("items").get(0).get("id").asString()).isEqualTo(a);

        assertThat(http().get("/api/v1/analyses?product=netbackup", READ).json().get("totalItems").asLong()).isZero();
        assertThat(http().get("/api/v1/analyses?product=commvault&size=100", READ).json().get("items").toString())
                .contains(a, b);
        assertThat(http().get("/api/v1/analyses?since=2999-01-01", READ).json().get("totalItems").asLong()).isZero();
        assertThat(http().get("/api/v1/analyses?since=2000-01-01T00:00:00Z", READ).json().get("totalItems").asLong())
                .isGreaterThanOrEqualTo(2);

        assertThat(http().get("/api/v1/analyses?size=1000", READ).status()).isEqualTo(400);
        assertThat(http().get("/api/v1/analyses?page=x", READ).status()).isEqualTo(400);
        Http.Response since = http().get("/api/v1/analyses?since=yesterday", READ);
        assertThat(since.status()).isEqualTo(400);
        assertThat(since.json().get("detail").asString()).contains("since 'yesterday'");
    }

    @Test
    void reportsComeFromTheCoreRenderers() {
        String id = createS1().get("analysisId").asString();
        Http.Response md = http().get("/api/v1/analyses/" + id + "/report.md?title=Weekend&customer=ACME", READ);
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.contentType()).contains("markdown");
        assertThat(md.text()).contains("ACME").contains("commvault.storagePolicy.numberOfStreams");

        Http.Response html = http().get("/api/v1/analyses/" + id + "/report.html", READ);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("<html").doesNotContain("<script");

        Http.Response pdf = http().get("/api/v1/analyses/" + id + "/report.pdf", READ);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        assertThat(http().get("/api/v1/analyses/" + id + "/report.csv", READ).status()).isEqualTo(200);
        Http.Response unknown = http().get("/api/v1/analyses/" + id + "/report.docx", READ);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(http().get("/api/v1/analyses/nope/report.md", READ).status()).isEqualTo(404);
        Http.Response pdfOfNothing = http().get("/api/v1/analyses/nope/report.pdf", READ, "Accept", "application/pdf");
        assertThat(pdfOfNothing.status()).isEqualTo(404);
        assertThat(pdfOfNothing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void verificationsCompareTheMeasuredRateWithTheProjectedRange() {
        JsonNode a = createS1();
        String id = a.get("analysisId").asString();
        double low = a.get("projected").get("lowBytesPerSecond").asDouble();
        double high = a.get("projected").get("highBytesPerSecond").asDouble();
        assertThat(low).isLessThan(high);

        Http.Response inside = http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "application/json",
                "{\"measured\":\"230MB/s\",\"note\":\"after CHG0031337\"}");
        assertThat(inside.status()).as(inside.text()).isEqualTo(201);
        assertThat(inside.header("Location")).startsWith("/api/v1/analyses/" + id + "/verifications/");
        JsonNode v = inside.json();
        assertThat(v.get("verdict").asString()).isEqualTo("inside-range");
        assertThat(v.get("outsideBy").get("bytesPerSecond").asDouble()).isZero();
        assertThat(v.get("projected").get("projected").get("bytesPerSecond").asDouble()).isEqualTo(240e6);
        assertThat(v.get("targetMet").asBoolean()).isTrue();
        assertThat(v.get("note").asString()).isEqualTo("after CHG0031337");

        JsonNode below = http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "application/json",
                "{\"measured\":\"720GB/hr\"}").json();
        assertThat(below.get("verdict").asString()).isEqualTo("below-range");
        assertThat(below.get("outsideBy").get("bytesPerSecond").asDouble()).isEqualTo(200e6 - low, within());
        assertThat(below.get("summary").asString()).contains("below the projected range");

        JsonNode above = http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "application/json",
                "{\"measured\":\"300MB/s\"}").json();
        assertThat(above.get("verdict").asString()).isEqualTo("above-range");
        assertThat(above.get("outsideBy").get("bytesPerSecond").asDouble()).isEqualTo(300e6 - high, within());
        assertThat(above.get("outsideByPercent").asDouble()).isEqualTo(25.0);

        JsonNode list = http().get("/api/v1/analyses/" + id + "/verifications", READ).json();
        assertThat(list).hasSize(3);
        String vid = list.get(0).get("id").asString();
        assertThat(http().get("/api/v1/analyses/" + id + "/verifications/" + vid, READ).json().get("verdict").asString())
                .isEqualTo("inside-range");

        Http.Response bad = http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "application/json",
                "{\"measured\":\"fast\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).startsWith("measured: ");
        assertThat(http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "application/json", "{}").status())
                .isEqualTo(400);
        assertThat(http().post("/api/v1/analyses/missing/verifications", WRITE, "application/json",
                "{\"measured\":\"1MB/s\"}").status()).isEqualTo(404);
        assertThat(http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "text/plain", "230MB/s").status())
                .isEqualTo(415);
        assertThat(http().post("/api/v1/analyses/" + id + "/verifications", WRITE, "application/json", "{not json")
                .status()).isEqualTo(400);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1.0);
    }

    @Test
    void rulesAndPlugins() {
        Http.Response rules = http().get("/api/v1/rules", READ);
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().size()).isGreaterThan(5);
        String id = rules.json().get(0).get("id").asString();
        assertThat(http().get("/api/v1/rules?product=commvault", READ).json().size()).isGreaterThan(0);
        assertThat(http().get("/api/v1/rules?product=none", READ).json().size()).isZero();
        Http.Response one = http().get("/api/v1/rules/" + id, READ);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("rule").get("id").asString()).isEqualTo(id);
        assertThat(http().get("/api/v1/rules/NO-SUCH-RULE", READ).status()).isEqualTo(404);

        Http.Response plugins = http().get("/api/v1/plugins", READ);
        assertThat(plugins.status()).isEqualTo(200);
        assertThat(java.util.stream.StreamSupport.stream(plugins.json().spliterator(), false)
                .map(p -> p.get("id").asString()).toList()).as("every plugin the server carries")
                .containsExactlyInAnyOrder("commvault", "platform", "avamar", "datadomain", "netbackup", "altavault", "backupexec");
        for (JsonNode p : plugins.json()) {
            assertThat(p.get("displayName").asString()).as(p.toString()).isNotBlank();
            assertThat(p.get("formats")).as(p.toString()).isNotEmpty();
            assertThat(p.get("rules").asInt()).as(p + ": the rules kjar carries its rules").isPositive();
        }
    }

    private Http.Response wan(String key, String body) {
        return http().post("/api/v1/wan/estimate", key, "application/json", body);
    }

    @Test
    void wanEstimateAnswersWhatTheCliPrintsForTheS7AvamarRow() {
        // S7, Avamar at 50 ms: 232 MB through a 30 KB window, 11 s of job overhead; seed 001 measured 405 s.
        Http.Response r = wan(READ, "{\"size\":\"232MB\",\"rtt\":\"50ms\",\"window\":\"30KB\",\"overhead\":\"11s\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode e = r.json();
        assertThat(e.get("seconds").asDouble()).isCloseTo(232e6 / (30e3 / 0.050) + 11, within()).isCloseTo(398, within());
        assertThat(e.get("bytesPerSecond").asDouble()).isCloseTo(600e3, within());
        assertThat(e.get("limitedBy").asString()).isEqualTo("window");
        assertThat(e.get("streams").asInt()).isEqualTo(1);
        assertThat(e.get("validated").asBoolean()).isTrue();
        assertThat(java.util.stream.StreamSupport.stream(e.propertyNames().spliterator(), false).toList())
                .containsExactly("seconds", "bytesPerSecond", "limitedBy", "perConnectionBytesPerSecond", "streams",
                        "validated", "derivation");
        // The JSON advisor wan estimate --format json prints: the same core request and result.
        String cli = org.backupadvisor.core.analysis.AnalysisJson.write(new org.backupadvisor.core.model.wan.WanRequest(
                "232MB", "50ms", "0", "30KB", null, "1", "11s").estimate("--"));
        assertThat(e).isEqualTo(tools.jackson.databind.json.JsonMapper.builder().build().readTree(cli));

        JsonNode lossy = wan(WRITE, "{\"size\":\"232MB\",\"rtt\":\"100ms\",\"window\":\"30KB\",\"loss\":\"1%\","
                + "\"streams\":4,\"bandwidth\":\"1Gbit/s\"}").json();
        assertThat(lossy.get("limitedBy").asString()).isEqualTo("loss");
        assertThat(lossy.get("streams").asInt()).isEqualTo(4);
        JsonNode far = wan(READ, "{\"size\":\"253MB\",\"rtt\":\"500ms\",\"window\":\"45KB\"}").json();
        assertThat(far.get("validated").asBoolean()).isFalse();
    }

    @Test
    void badWanValuesAre400WithTheCliOneLineMessage() {
        Http.Response loss = wan(READ, "{\"size\":\"1GB\",\"rtt\":\"50ms\",\"loss\":\"lots\"}");
        assertThat(loss.status()).isEqualTo(400);
        assertThat(loss.contentType()).startsWith("application/problem+json");
        assertThat(loss.json().get("type").asString()).isEqualTo("urn:backup-advisor:problem:bad-input");
        assertThat(loss.json().get("detail").asString())
                .isEqualTo("loss 'lots' is not a percentage: expected e.g. 1 or 0.1%");
        Http.Response unit = wan(READ, "{\"size\":\"232MQ\",\"rtt\":\"50ms\"}");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("detail").asString()).startsWith("size: ").contains("232MQ").doesNotContain("\n");
        Http.Response noRtt = wan(READ, "{\"size\":\"1GB\"}");
        assertThat(noRtt.status()).isEqualTo(400);
        assertThat(noRtt.json().get("detail").asString()).startsWith("missing rtt");
        assertThat(wan(READ, "{\"size\":\"1GB\",\"rtt\":\"50ms\",\"streams\":0}").json().get("detail").asString())
                .isEqualTo("streams must be at least 1");
        assertThat(wan(READ, "{not json").status()).isEqualTo(400);
        Http.Response text = http().post("/api/v1/wan/estimate", READ, "text/plain", "size=1GB");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith("application/problem+json");
        Http.Response none = wan(null, "{\"size\":\"1GB\",\"rtt\":\"50ms\"}");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyEndpointButHealthNeedsAKeyAndWritesNeedWriteScope(CapturedOutput output) {
        for (String path : List.of("/api/v1/analyses", "/api/v1/rules", "/api/v1/plugins", "/v3/api-docs",
                "/api/v1/analyses/x", "/nowhere")) {
            Http.Response none = http().get(path, null);
            assertThat(none.status()).as(path).isEqualTo(401);
            assertThat(none.contentType()).startsWith("application/problem+json");
            assertThat(none.header("WWW-Authenticate")).contains("X-API-Key");
            Http.Response wrong = http().get(path, "not-" + WRITE);
            assertThat(wrong.status()).as(path).isEqualTo(401);
            assertThat(wrong.text()).doesNotContain(WRITE);
        }
        Http.Response readOnly = http().post("/api/v1/analyses", READ, Http.Form.s1());
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.json().get("type").asString()).isEqualTo("urn:backup-advisor:problem:forbidden");
        assertThat(readOnly.text()).doesNotContain(READ);

        Http.Response health = http().get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(http().get("/actuator/health/readiness", null).status()).isEqualTo(200);

        http().post("/api/v1/analyses", WRITE, Http.Form.s1(), "Idempotency-Key", "log-check");
        assertThat(output.getAll()).doesNotContain(WRITE).doesNotContain(READ).doesNotContain("not-" + WRITE)
                .contains("client servicenow");
    }

    @Test
    void uploadLimitsAre413AndWrongContentTypesAre415() {
        byte[] big = new byte[1_500_000];
        Http.Response tooBig = http().post("/api/v1/analyses", WRITE,
                new Http.Form().file("files", "huge.json", big).field("target", "1GB/s"));
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.json().get("type").asString()).isEqualTo("urn:backup-advisor:problem:too-large");

        Http.Response text = http().post("/api/v1/analyses", WRITE, "text/plain", "target=1GB/s");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(text.json().get("detail").asString()).contains("text/plain");

        Http.Response bigJson = http().post("/api/v1/analyses", WRITE, "application/json",
                "{\"target\":\"" + "x".repeat(2_200_000) + "\"}");
        assertThat(bigJson.status()).isEqualTo(413);
        assertThat(bigJson.contentType()).startsWith("application/problem+json");

        Http.Response method = http().post("/api/v1/plugins", WRITE, "application/json", "{}");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    @Test
    void noStackTraceInAnyErrorBody() {
        for (Http.Response r : List.of(
                http().post("/api/v1/analyses", WRITE, "application/json", "{\"files\":[{\"name\":\"a\"}]}"),
                http().post("/api/v1/analyses", WRITE, "application/json", "[1,2"),
                http().post("/api/v1/analyses", WRITE, "multipart/form-data; boundary=zz", "--zz\r\nbroken"),
                http().get("/api/v1/analyses/%2e%2e%2fetc", READ),
                http().get("/api/v1/analyses?page=-1", READ))) {
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("org.spring");
        }
    }

    @Test
    void openApiDescribesEveryEndpointAndError() {
        Http.Response r = http().get("/v3/api-docs", READ);
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        JsonNode paths = doc.get("paths");
        for (String p : List.of("/api/v1/analyses", "/api/v1/analyses/{id}", "/api/v1/analyses/{id}/report.{ext}",
                "/api/v1/analyses/{id}/verifications", "/api/v1/analyses/{id}/inputs", "/api/v1/rules",
                "/api/v1/rules/{id}", "/api/v1/plugins", "/api/v1/wan/estimate")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        JsonNode post = paths.get("/api/v1/analyses").get("post");
        for (String code : List.of("201", "400", "401", "403", "413", "415", "422", "503", "500")) {
            assertThat(post.get("responses").has(code)).as(code).isTrue();
        }
        assertThat(post.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").get("apiKey").get("name").asString())
                .isEqualTo("X-API-Key");
        assertThat(doc.get("components").get("schemas").has("Problem")).isTrue();
        assertThat(doc.get("components").get("schemas").has("Analysis")).isTrue();
        JsonNode wan = paths.get("/api/v1/wan/estimate").get("post");
        for (String code : List.of("200", "400", "401", "415", "500")) {
            assertThat(wan.get("responses").has(code)).as(code).isTrue();
        }
        assertThat(wan.get("responses").has("403")).as("a read key may estimate").isFalse();
        assertThat(doc.get("components").get("schemas").get("WanEstimateRequest").get("properties").has("rtt")).isTrue();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoAnalysis(@Autowired AnalysisStore store,
                                                @Autowired org.springframework.transaction.support.TransactionTemplate tx) {
        AnalysisStore.StoredAnalysis row = new AnalysisStore.StoredAnalysis("half-" + System.nanoTime(),
                java.time.Instant.now(), "servicenow", null, "0".repeat(64), "commvault", true, "met", 1.0, 2.0, "{}");
        AnalysisStore.StoredInput in = new AnalysisStore.StoredInput(0, "a.json", "commvault", "f", "0".repeat(64), 1L, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.insert(row,
                List.of(in, in)))).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(store.find(row.id())).isEmpty();
        assertThat(store.inputs(row.id())).isEmpty();
    }

    @Test
    void storedAnalysesAreWholeRows(@Autowired AnalysisStore store) {
        String id = createS1().get("analysisId").asString();
        AnalysisStore.StoredAnalysis row = store.find(id).orElseThrow();
        assertThat(row.client()).isEqualTo("servicenow");
        assertThat(row.products()).isEqualTo("commvault");
        assertThat(row.targetMet()).isTrue();
        assertThat(row.json()).contains(id);
    }
}
