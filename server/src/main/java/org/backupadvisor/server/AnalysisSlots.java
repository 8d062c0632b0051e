package org.backupadvisor.server;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.backupadvisor.server.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Bounds the analyses in flight: {@code maxConcurrent} run at once (each in its own KIE session over the shared,
 * compiled rules), {@code queue} more wait for a slot, and beyond that a request is answered 503 with
 * {@code Retry-After} at once instead of piling up threads and memory.
 */
public final class AnalysisSlots {
    private final Semaphore admitted;
    private final Semaphore running;
    private final long retryAfterSeconds;

    public AnalysisSlots(AdvisorProperties.Analysis config) {
        this.running = new Semaphore(config.maxConcurrent(), true);
        this.admitted = new Semaphore(config.maxConcurrent() + config.queue());
        this.retryAfterSeconds = Math.max(1, config.retryAfter().toSeconds());
    }

    public <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw busy();
        }
        try {
            running.acquire();
            try {
                return work.get();
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            admitted.release();
        }
    }

    private ApiException busy() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                "every analysis slot and the queue are taken; retry after " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
