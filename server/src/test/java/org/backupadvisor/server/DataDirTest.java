package org.backupadvisor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Without a datasource URL the service keeps its analyses in an H2 file under advisor.data-dir, across restarts. */
class DataDirTest {
    @Test
    void theDefaultDatabaseIsAnH2FileInTheDataDirectory(@TempDir Path dir) {
        Path data = dir.resolve("relative-is-fine/data");
        String id;
        try (ConfigurableApplicationContext app = start(data)) {
            Http http = TwoInstances.http(app);
            Http.Response r = http.post("/api/v1/analyses", TwoInstances.WRITE, Http.Form.s1());
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            id = r.json().get("analysisId").asString();
        }
        assertThat(Files.exists(data.resolve("advisor.mv.db"))).isTrue();
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(TwoInstances.http(app).get("/api/v1/analyses/" + id, TwoInstances.READ).status()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(AdvisorServer.class).run("--server.port=0",
                "--advisor.data-dir=" + data,
                "--advisor.security.api-keys=cmdb:" + TwoInstances.WRITE + ":write,report:" + TwoInstances.READ + ":read");
    }
}
