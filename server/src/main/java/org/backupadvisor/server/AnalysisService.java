package org.backupadvisor.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.backupadvisor.core.analysis.AnalysisRequest;
import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.InputLoader;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.measure.OptionStyle;
import org.backupadvisor.core.measure.Target;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;
import org.backupadvisor.server.api.ApiException;
import org.backupadvisor.server.store.AnalysisStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyses uploads with the one {@link Advisor} (the CLI's analysis, the same JSON), and stores the analysis, its
 * input metadata (and raw inputs when {@code advisor.store-inputs}) in one transaction: a failed analysis or a failed
 * write stores nothing. An {@code Idempotency-Key} is stored with the analysis under a unique constraint, so a retry
 * - on this instance or another one sharing the database, even while the first is still running - answers the
 * first result.
 */
@Service
public class AnalysisService {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final Advisor advisor;
    private final AnalysisStore store;
    private final TransactionTemplate tx;
    private final AnalysisSlots slots;
    private final AdvisorProperties properties;

    public AnalysisService(Advisor advisor, AnalysisStore store, TransactionTemplate tx, AnalysisSlots slots,
                           AdvisorProperties properties) {
        this.advisor = advisor;
        this.store = store;
        this.tx = tx;
        this.slots = slots;
        this.properties = properties;
    }

    /** The request's goal and measurement fields, as text, named as the API names them. */
    public record Fields(String target, String window, String size, String measured, List<String> measure,
                         String restoreTarget) {
        public Fields {
            measure = measure == null ? List.of() : List.copyOf(measure);
        }
    }

    /** One uploaded file: its name (path parts dropped) and bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** The stored analysis answered; {@code replayed} when an Idempotency-Key matched an earlier request. */
    public record Result(AnalysisStore.StoredAnalysis analysis, boolean replayed) {
    }

    public Result create(String client, String idempotencyKey, Fields fields, List<Upload> uploads) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,255}")) {
            throw ApiException.badInput("Idempotency-Key must be 1-255 visible ASCII characters");
        }
        String fingerprint = fingerprint(fields, uploads);
        if (idempotencyKey != null) {
            Optional<AnalysisStore.StoredAnalysis> earlier = store.findByIdempotencyKey(client, idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, idempotencyKey);
            }
        }
        Measurements measurements = measurements(fields);
        Target goal = goal(fields, measurements);
        Target restore = fields.restoreTarget() == null ? null
                : new Target(rate("restoreTarget", fields.restoreTarget()), "restoreTarget " + fields.restoreTarget());
        if (uploads.isEmpty()) {
            throw ApiException.badInput("no export files: send one or more multipart parts named 'files'");
        }
        return slots.run(() -> {
            long start = System.nanoTime();
            List<InputFile> files = InputLoader.of(uploads.stream()
                    .map(u -> new InputFile(u.name(), u.content())).toList());
            if (files.isEmpty()) {
                throw ApiException.badInput("no export files found in the upload");
            }
            Analysis analysis = advisor.analyze(new AnalysisRequest(files, goal, measurements, restore, List.of()));
            AnalysisStore.StoredAnalysis row = row(analysis, client, idempotencyKey, fingerprint);
            List<AnalysisStore.StoredInput> inputs = inputs(analysis, files);
            try {
                tx.executeWithoutResult(status -> store.insert(row, inputs));
            } catch (DuplicateKeyException e) {
                // The same key was stored meanwhile (a retry racing the first request, perhaps on another instance).
                AnalysisStore.StoredAnalysis first = idempotencyKey == null ? null
                        : store.findByIdempotencyKey(client, idempotencyKey).orElse(null);
                if (first == null) {
                    throw e;
                }
                return replay(first, fingerprint, idempotencyKey);
            }
            LOG.info("analysis {} stored for client {}: {} input(s), {} recommendation(s), {} ms", row.id(), client,
                    inputs.size(), analysis.recommendations() == null ? 0 : analysis.recommendations().size(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            return new Result(row, false);
        });
    }

    private static Result replay(AnalysisStore.StoredAnalysis earlier, String fingerprint, String key) {
        if (earlier.requestSha256().equals(fingerprint)) {
            LOG.info("analysis {} answered again for client {}: a retry with its Idempotency-Key", earlier.id(),
                    earlier.client());
        } else {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key '" + key + "' was already used for a different request (analysis "
                            + earlier.id() + "); use a new key for a new request");
        }
        return new Result(earlier, true);
    }

    private AnalysisStore.StoredAnalysis row(Analysis a, String client, String key, String fingerprint) {
        LinkedHashSet<String> products = new LinkedHashSet<>();
        if (a.inputs() != null) {
            a.inputs().forEach(i -> {
                if (i.product() != null) {
                    products.add(i.product());
                }
            });
        }
        Instant created = Instant.now(); // full precision: newest-first ordering of analyses made in one second
        return new AnalysisStore.StoredAnalysis(a.analysisId(), created, client, key, fingerprint,
                String.join(",", products), a.targetMet(), a.verdict(),
                a.target() == null ? null : a.target().bytesPerSecond(),
                a.projected() == null ? null : a.projected().bytesPerSecond(), AnalysisJson.write(a));
    }

    private List<AnalysisStore.StoredInput> inputs(Analysis a, List<InputFile> files) {
        Map<String, byte[]> content = new HashMap<>();
        files.forEach(f -> content.putIfAbsent(f.name(), f.content()));
        List<AnalysisStore.StoredInput> out = new ArrayList<>();
        int n = 0;
        for (Analysis.Input in : a.inputs() == null ? List.<Analysis.Input>of() : a.inputs()) {
            byte[] bytes = content.get(in.file());
            out.add(new AnalysisStore.StoredInput(n++, clip(in.file(), 1000), clip(in.product(), 100),
                    clip(in.format(), 500), in.sha256(), bytes == null ? null : (long) bytes.length,
                    properties.storeInputs() && bytes != null ? Base64.getEncoder().encodeToString(bytes) : null));
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The same measurements the CLI builds from --measure/--measured (the core's parsing), worded with the API's field names. */
    static Measurements measurements(Fields f) {
        Measurements.Builder b = Measurements.builder();
        f.measure().forEach(kv -> b.parseAssignment(kv, OptionStyle.API));
        if (f.measured() != null) {
            b.parseMeasured(f.measured(), OptionStyle.API);
        }
        return b.build();
    }

    /** The backup goal, as the CLI states it (the core's rules and wording): a rate, or a size in a window. */
    static Target goal(Fields f, Measurements m) {
        DataRate target = f.target() == null ? null : rate("target", f.target());
        DataSize size = f.size() == null ? null : wrap("size", () -> DataSize.parse(f.size()));
        Duration window = f.window() == null ? null : wrap("window", () -> Durations.parse(f.window()));
        return Target.backupGoal(target, f.target(), size, window, f.restoreTarget() != null, m, OptionStyle.API);
    }

    static DataRate rate(String field, String text) {
        return wrap(field, () -> DataRate.parse(text));
    }

    private static <T> T wrap(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (org.backupadvisor.core.input.InputException e) {
            throw ApiException.badInput(field + ": " + e.getMessage());
        }
    }

    /** What makes two requests the same request: every field and every file's name and content. */
    static String fingerprint(Fields f, List<Upload> uploads) {
        MessageDigest md = sha256();
        StringBuilder sb = new StringBuilder();
        for (String v : new String[]{f.target(), f.window(), f.size(), f.measured(), f.restoreTarget()}) {
            sb.append(v == null ? "\u0000" : v).append('\n');
        }
        f.measure().forEach(m -> sb.append("m:").append(m).append('\n'));
        for (Upload u : uploads) {
            sb.append("f:").append(u.name()).append(':').append(HexFormat.of().formatHex(sha256().digest(u.content())))
                    .append('\n');
        }
        return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public AnalysisStore.StoredAnalysis get(String id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("no analysis '" + id + "'"));
    }

    public Analysis analysis(String id) {
        return AnalysisJson.read(get(id).json());
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
