package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.backupadvisor.server.api.ApiException;
import org.backupadvisor.server.security.ApiKeys;
import org.junit.jupiter.api.Test;

/** The pieces without a server: API key parsing and checking, the bounded analysis queue. */
class UnitsTest {

    @Test
    void apiKeysParseNameKeyScopeAndAuthenticate() {
        ApiKeys keys = ApiKeys.parse(" snow:abc:def:0123456789abcdef:write , grafana:ffffffffffffffff0:READ ");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.authenticate("abc:def:0123456789abcdef")).hasValue(new ApiKeys.Client("snow", ApiKeys.Scope.WRITE));
        assertThat(keys.authenticate("ffffffffffffffff0")).hasValue(new ApiKeys.Client("grafana", ApiKeys.Scope.READ));
        assertThat(keys.authenticate("ffffffffffffffff")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(ApiKeys.Scope.WRITE.allows(ApiKeys.Scope.READ)).isTrue();
        assertThat(ApiKeys.Scope.READ.allows(ApiKeys.Scope.WRITE)).isFalse();
        assertThat(ApiKeys.parse(null).isEmpty()).isTrue();
    }

    @Test
    void badKeyEntriesAreNamedWithoutTheKey() {
        String secret = "s3cr3t-but-short";
        assertThatThrownBy(() -> ApiKeys.parse("ops:" + secret + "x:admin")).hasMessageContaining("entry 1 ('ops')")
                .hasMessageContaining("scope must be read or write").message().doesNotContain(secret);
        assertThatThrownBy(() -> ApiKeys.parse("a:0123456789abcdef:read,ops:short:write"))
                .hasMessageContaining("entry 2 ('ops')").hasMessageContaining("shorter than 16").message()
                .doesNotContain("short:");
        assertThatThrownBy(() -> ApiKeys.parse("justakey")).hasMessageContaining("name:key:scope");
        assertThatThrownBy(() -> ApiKeys.parse("a:0123456789abcdef:read,a:0123456789abcdeg:read"))
                .hasMessageContaining("used twice");
    }

    @Test
    void aFullQueueIsAnswered503WithRetryAfter() throws Exception {
        AnalysisSlots slots = new AnalysisSlots(new AdvisorProperties.Analysis(1, 0, Duration.ofSeconds(7)));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }));
        inside.await();
        assertThatThrownBy(() -> slots.run(() -> "second")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(503);
            assertThat(e.headers().getFirst("Retry-After")).isEqualTo("7");
        });
        release.countDown();
        assertThat(busy.get()).isEqualTo("done");
        assertThat(slots.run(() -> "after")).isEqualTo("after");
    }
}
