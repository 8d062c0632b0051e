package org.backupadvisor.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code advisor.*} configuration (environment variables bind too: {@code ADVISOR_DATA_DIR},
 * {@code ADVISOR_SECURITY_API_KEYS}, {@code ADVISOR_STORE_INPUTS}, ...).
 *
 * @param dataDir      where the default H2 database lives ({@code <dataDir>/advisor.mv.db}); unused when
 *                     {@code spring.datasource.url} names another database
 * @param storeInputs  keep the raw export bytes with each analysis (metadata - name, product, format, sha256 - is
 *                     always kept)
 * @param analysis     how many analyses run at once and how many may wait
 * @param security     the API keys
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(String dataDir, boolean storeInputs, Analysis analysis, Security security) {

    public AdvisorProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "advisor-data" : dataDir;
        analysis = analysis == null ? new Analysis(0, null, null) : analysis;
        security = security == null ? new Security(null) : security;
    }

    /**
     * @param maxConcurrent analyses running at once (0: one per processor)
     * @param queue         requests allowed to wait for a slot; beyond that 503 with Retry-After (default 100)
     * @param retryAfter    what Retry-After says when the queue is full (default 2 s)
     */
    public record Analysis(int maxConcurrent, Integer queue, Duration retryAfter) {
        public Analysis {
            maxConcurrent = maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
            queue = queue == null || queue < 0 ? 100 : queue;
            retryAfter = retryAfter == null ? Duration.ofSeconds(2) : retryAfter;
        }
    }

    /** @param apiKeys comma-separated {@code name:key:scope}, scope {@code read} or {@code write} */
    public record Security(String apiKeys) {
    }
}
