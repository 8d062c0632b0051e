package org.backupadvisor.server;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.server.api.ApiException;
import org.backupadvisor.server.store.AnalysisStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the change: the throughput measured then, against the analysis' projection. Inside the projected range
 * ({@code low..high}) the plan did what it said; below or above, by how much (from the nearer end of the range, and
 * against the projected figure). Each verification is stored with its analysis.
 */
@Service
public class VerificationService {
    public static final String INSIDE = "inside-range";
    public static final String BELOW = "below-range";
    public static final String ABOVE = "above-range";

    private final AnalysisStore store;
    private final TransactionTemplate tx;

    public VerificationService(AnalysisStore store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    /** What a client sends: the measured rate with units ("230MB/s", "830GB/hr"), when, and a free note. */
    public record Request(String measured, String measuredAt, String note) {
    }

    public record Rate(double bytesPerSecond, String text) {
        static Rate of(double bps) {
            return new Rate(bps, (bps < 0 ? "-" : "") + DataRate.ofBytesPerSecond(Math.abs(bps)));
        }
    }

    public record Range(Rate projected, Rate low, Rate high) {
    }

    /**
     * The answer: {@code verdict} inside-range / below-range / above-range; {@code outsideBy} how far from the
     * range (0 inside, negative below), {@code outsideByPercent} that against the nearer end;
     * {@code versusProjectedPercent} measured against the projected figure; {@code targetMet} measured ≥ target.
     */
    public record Verification(String id, String analysisId, String createdAt, String client, Rate measured,
                               String measuredSource, Range projected, String verdict, Rate outsideBy,
                               double outsideByPercent, double versusProjectedPercent, Rate target, Boolean targetMet,
                               String summary, String note) {
    }

    public Verification create(String analysisId, String client, Request request) {
        AnalysisStore.StoredAnalysis stored = store.find(analysisId)
                .orElseThrow(() -> ApiException.notFound("no analysis '" + analysisId + "'"));
        if (request == null || request.measured() == null || request.measured().isBlank()) {
            throw ApiException.badInput("measured is required: the throughput after the change, e.g. 230MB/s");
        }
        DataRate measured = AnalysisService.rate("measured", request.measured().trim());
        if (request.note() != null && request.note().length() > 2000) {
            throw ApiException.badInput("note is longer than 2000 characters");
        }
        Instant at = Instant.now();
        if (request.measuredAt() != null) {
            try {
                at = Instant.parse(request.measuredAt());
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiException.badInput("measuredAt '" + request.measuredAt()
                        + "' is not an ISO-8601 instant such as 2026-12-01T22:00:00Z");
            }
        }
        Analysis analysis = AnalysisJson.read(stored.json());
        Analysis.Projected p = analysis.projected();
        if (p == null) {
            throw new ApiException(HttpStatus.CONFLICT, "no-projection", "analysis " + analysisId
                    + " has no backup projection to verify against (its goal is a restore or replication window)");
        }
        double m = measured.bytesPerSecond();
        double low = Math.min(p.lowBytesPerSecond(), p.bytesPerSecond());
        double high = Math.max(p.highBytesPerSecond(), p.bytesPerSecond());
        String verdict = m < low ? BELOW : m > high ? ABOVE : INSIDE;
        AnalysisStore.StoredVerification v = new AnalysisStore.StoredVerification(AnalysisService.newId(), analysisId,
                at, client, m, "measured " + request.measured().trim(), p.bytesPerSecond(), low, high,
                analysis.target() == null ? null : analysis.target().bytesPerSecond(), verdict, request.note());
        tx.executeWithoutResult(s -> store.insert(v));
        return view(v);
    }

    public List<Verification> list(String analysisId) {
        if (store.find(analysisId).isEmpty()) {
            throw ApiException.notFound("no analysis '" + analysisId + "'");
        }
        return store.verifications(analysisId).stream().map(VerificationService::view).toList();
    }

    public Verification get(String analysisId, String id) {
        return store.verification(analysisId, id).map(VerificationService::view)
                .orElseThrow(() -> ApiException.notFound("no verification '" + id + "' of analysis '" + analysisId + "'"));
    }

    static Verification view(AnalysisStore.StoredVerification v) {
        double m = v.measuredBps();
        double outside = m < v.lowBps() ? m - v.lowBps() : m > v.highBps() ? m - v.highBps() : 0;
        double edge = m < v.lowBps() ? v.lowBps() : v.highBps();
        double outsidePct = outside == 0 || edge == 0 ? 0 : round(100 * outside / edge);
        double vsProjected = v.projectedBps() == 0 ? 0 : round(100 * (m - v.projectedBps()) / v.projectedBps());
        Rate measured = Rate.of(m);
        Range range = new Range(Rate.of(v.projectedBps()), Rate.of(v.lowBps()), Rate.of(v.highBps()));
        String summary = switch (v.verdict()) {
            case INSIDE -> "measured " + measured.text() + " is inside the projected range " + range.low().text()
                    + " – " + range.high().text();
            case BELOW -> "measured " + measured.text() + " is " + Rate.of(-outside).text() + " ("
                    + pct(-outsidePct) + ") below the projected range " + range.low().text() + " – "
                    + range.high().text();
            default -> "measured " + measured.text() + " is " + Rate.of(outside).text() + " (" + pct(outsidePct)
                    + ") above the projected range " + range.low().text() + " – " + range.high().text();
        };
        Rate target = v.targetBps() == null ? null : Rate.of(v.targetBps());
        return new Verification(v.id(), v.analysisId(), v.createdAt().toString(), v.client(), measured,
                v.measuredSource(), range, v.verdict(), Rate.of(outside), outsidePct, vsProjected, target,
                target == null ? null : m >= target.bytesPerSecond(), summary, v.note());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v);
    }
}
