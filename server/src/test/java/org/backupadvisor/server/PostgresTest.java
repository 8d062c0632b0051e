package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Persistence against a real PostgreSQL without Docker ({@link ThrowawayPostgres}): the Flyway migrations, two
 * instances on one database with a POST retried across them. Skipped, saying why, where no PostgreSQL can be had
 * (unless ADVISOR_REQUIRE_POSTGRES=1, as in CI, where that is a failure).
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresTest {

    @Test
    void twoInstancesOnOnePostgresAnswerARetriedPostOnce(CapturedOutput output) throws Exception {
        if (!ThrowawayPostgres.required()) {
            Assumptions.assumeTrue(ThrowawayPostgres.unavailable().isEmpty(),
                    () -> "skipped: " + ThrowawayPostgres.unavailable().orElse(""));
        }
        try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
            TwoInstances.run(pg.url, pg.user, pg.password);
        }
        assertThat(output.getAll()).contains("PostgreSQL").doesNotContain(TwoInstances.WRITE)
                .doesNotContain(TwoInstances.READ).doesNotContain("\tat org.");
    }
}
