package org.backupadvisor.server;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same two-instance scenario on Testcontainers' PostgreSQL, where a Docker engine exists (skipped otherwise). */
@Testcontainers(disabledWithoutDocker = true)
class PostgresContainerTest {
    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:16-alpine");

    @Test
    void twoInstancesOnOnePostgres() throws Exception {
        TwoInstances.run(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
    }
}
