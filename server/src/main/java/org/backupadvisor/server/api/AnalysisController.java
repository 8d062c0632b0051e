package org.backupadvisor.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.app.Advisor;
import org.backupadvisor.core.render.Hints;
import org.backupadvisor.core.render.ReportOptions;
import org.backupadvisor.core.render.Renderer;
import org.backupadvisor.server.AnalysisService;
import org.backupadvisor.server.VerificationService;
import org.backupadvisor.server.security.ApiKeyFilter;
import org.backupadvisor.server.security.ApiKeys;
import org.backupadvisor.server.store.AnalysisStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/analyses")
@Tag(name = "analyses", description = "Analyse exports against a target; stored analyses, reports, verifications")
public class AnalysisController {
    /** A missing measurement, as this API takes it. */
    static final Hints HINTS = key -> key.equals("throughput.current") ? "measured=RATE" : "measure=" + key + "=VALUE";
    static final int MAX_PAGE_SIZE = 100;

    private final AnalysisService analyses;
    private final VerificationService verifications;
    private final AnalysisStore store;
    private final Advisor advisor;
    private final org.backupadvisor.server.AnalysisSlots slots;

    public AnalysisController(AnalysisService analyses, VerificationService verifications, AnalysisStore store,
                              Advisor advisor, org.backupadvisor.server.AnalysisSlots slots) {
        this.analyses = analyses;
        this.verifications = verifications;
        this.store = store;
        this.advisor = advisor;
        this.slots = slots;
    }

    static String client(HttpServletRequest request) {
        Object c = request.getAttribute(ApiKeyFilter.CLIENT);
        return c instanceof ApiKeys.Client k ? k.name() : "anonymous";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Analyse uploaded exports (multipart)", description = "The CLI's `advisor analyze`: export "
            + "files, folders as zips, the target (`target`, or `window` + `size`), `measured`, and `measure` "
            + "KEY=VALUE (repeatable). Stored with its input metadata; `Idempotency-Key` makes a retry answer the "
            + "first result (header `Idempotent-Replayed: true`), on any instance sharing the database.")
    @ApiResponse(responseCode = "201", description = "Analysed and stored; Location names it",
            content = @Content(schema = @Schema(implementation = Analysis.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key already used for a different request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "503", description = "Every analysis slot and the queue are busy (Retry-After)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ResponseEntity<String> createMultipart(
            @RequestPart(name = "files", required = false)
            @Parameter(description = "Export files (JSON, XML, text) or zips; a zip is one environment")
            List<MultipartFile> files,
            @RequestParam(required = false) @Parameter(description = "Required throughput, e.g. 173MB/s") String target,
            @RequestParam(required = false) @Parameter(description = "Backup window, e.g. 48h (with size)") String window,
            @RequestParam(required = false) @Parameter(description = "Data to move, e.g. 30TB (with window)") String size,
            @RequestParam(required = false) @Parameter(description = "Throughput measured today, e.g. 290GB/hr")
            String measured,
            @RequestParam(required = false) @Parameter(description = "KEY=VALUE, repeatable, e.g. tape.drives=2")
            List<String> measure,
            @RequestParam(required = false) @Parameter(description = "Required restore throughput") String restoreTarget,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request) {
        List<AnalysisService.Upload> uploads = new ArrayList<>();
        int n = 0;
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            n++;
            try {
                uploads.add(new AnalysisService.Upload(fileName(f.getOriginalFilename(), n), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return created(analyses.create(client(request), idempotencyKey,
                new AnalysisService.Fields(blank(target), blank(window), blank(size), blank(measured), measure,
                        blank(restoreTarget)), uploads));
    }

    /** The JSON form of the same request: files as base64. */
    public record JsonFile(@Schema(description = "File name, e.g. subclient.json or bundle.zip") String name,
                           @Schema(description = "The file's bytes, base64") String contentBase64) {
    }

    public record JsonRequest(List<JsonFile> files, String target, String window, String size, String measured,
                              @ArraySchema(schema = @Schema(example = "tape.drives=2")) List<String> measure,
                              String restoreTarget) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Analyse exports sent as JSON (files base64)", description = "As the multipart form, "
            + "for clients that cannot send multipart.")
    @ApiResponse(responseCode = "201", description = "Analysed and stored; Location names it",
            content = @Content(schema = @Schema(implementation = Analysis.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key already used for a different request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "503", description = "Every analysis slot and the queue are busy (Retry-After)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ResponseEntity<String> createJson(@RequestBody JsonRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request) {
        List<AnalysisService.Upload> uploads = new ArrayList<>();
        int n = 0;
        for (JsonFile f : body.files() == null ? List.<JsonFile>of() : body.files()) {
            n++;
            if (f == null || f.contentBase64() == null) {
                throw ApiException.badInput("files[" + (n - 1) + "]: contentBase64 is required");
            }
            try {
                uploads.add(new AnalysisService.Upload(fileName(f.name(), n),
                        Base64.getMimeDecoder().decode(f.contentBase64())));
            } catch (IllegalArgumentException e) {
                throw ApiException.badInput("files[" + (n - 1) + "]: contentBase64 is not base64");
            }
        }
        return created(analyses.create(client(request), idempotencyKey,
                new AnalysisService.Fields(blank(body.target()), blank(body.window()), blank(body.size()),
                        blank(body.measured()), body.measure(), blank(body.restoreTarget())), uploads));
    }

    private static ResponseEntity<String> created(AnalysisService.Result r) {
        ResponseEntity.BodyBuilder b = ResponseEntity.created(URI.create("/api/v1/analyses/" + r.analysis().id()))
                .contentType(MediaType.APPLICATION_JSON);
        if (r.replayed()) {
            b.header("Idempotent-Replayed", "true");
        }
        return b.body(r.analysis().json());
    }

    /** The upload's own name, without any client path ("C:\\exports\\sp.json" → "sp.json"). */
    static String fileName(String original, int n) {
        String s = original == null ? "" : original;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            return "upload-" + n;
        }
        return s.length() > 255 ? s.substring(0, 255) : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One stored analysis (the Analysis JSON, schemaVersion 1)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Analysis.class)))
    @ApiResponse(responseCode = "404", description = "No such analysis",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ResponseEntity<String> get(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(analyses.get(id).json());
    }

    public record Item(String id, String createdAt, List<String> products, Boolean targetMet, String verdict,
                       Double targetBytesPerSecond, Double projectedBytesPerSecond, int inputs, String href) {
    }

    public record Page(List<Item> items, int page, int size, long totalItems, long totalPages) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stored analyses, newest first",
            description = "`page` from 0, `size` 1-100 (default 20); `product` (e.g. commvault) and `since` "
                    + "(ISO instant or date, UTC) filter.")
    @ApiResponse(responseCode = "200")
    @ApiResponse(responseCode = "400", description = "A bad page, size or since",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
                     @RequestParam(required = false) String product, @RequestParam(required = false) String since) {
        int p = intParam("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int s = intParam("size", size, 20, 1, MAX_PAGE_SIZE);
        String prod = product == null || product.isBlank() ? null : product.trim().toLowerCase(Locale.ROOT);
        Instant from = since(since);
        List<Item> items = store.page(prod, from, p, s).stream().map(a -> new Item(a.id(), a.createdAt().toString(),
                a.products() == null || a.products().isEmpty() ? List.of() : Arrays.asList(a.products().split(",")),
                a.targetMet(), a.verdict(), a.targetBps(), a.projectedBps(), a.inputs(),
                "/api/v1/analyses/" + a.id())).toList();
        long total = store.count(prod, from);
        return new Page(items, p, s, total, (total + s - 1) / s);
    }

    private static int intParam(String name, String value, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                throw ApiException.badInput(name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badInput(name + " '" + value + "' is not a whole number");
        }
    }

    private static Instant since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(since.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw ApiException.badInput("since '" + since + "' is not an ISO date (2026-12-01) or instant "
                        + "(2026-12-01T08:00:00Z)");
            }
        }
    }

    public record InputMeta(int ordinal, String file, String product, String format, String sha256, Long sizeBytes,
                            boolean contentStored) {
    }

    @GetMapping(path = "/{id}/inputs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The inputs of an analysis: file name, product, format, SHA-256, size")
    @ApiResponse(responseCode = "200")
    @ApiResponse(responseCode = "404", description = "No such analysis",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public List<InputMeta> inputs(@PathVariable String id) {
        analyses.get(id);
        return store.inputs(id).stream().map(i -> new InputMeta(i.ordinal(), i.fileName(), i.product(), i.format(),
                i.sha256(), i.sizeBytes(), i.contentBase64() != null)).toList();
    }

    @GetMapping(path = "/{id}/report.{ext}")
    @Operation(summary = "The analysis as a report",
            description = "`md` (Markdown), `html` (self-contained), `pdf`, `csv`, `txt` or `json`, from the same "
                    + "renderers as `advisor report`; `title` and `customer` set the report header.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "text/markdown"), @Content(mediaType = "text/html"),
            @Content(mediaType = "application/pdf"), @Content(mediaType = "text/csv"),
            @Content(mediaType = "text/plain"), @Content(mediaType = "application/json")})
    @ApiResponse(responseCode = "404", description = "No such analysis or report format",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "503", description = "Every slot and the queue are busy (Retry-After)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ResponseEntity<byte[]> report(@PathVariable String id, @PathVariable String ext,
                                         @RequestParam(required = false) String title,
                                         @RequestParam(required = false) String customer) {
        String format = switch (ext.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> "markdown";
            case "html" -> "html";
            case "pdf" -> "pdf";
            case "csv" -> "csv";
            case "txt", "text" -> "text";
            case "json" -> "json";
            default -> null;
        };
        Renderer renderer = format == null ? null : advisor.renderer(format,
                new ReportOptions(HINTS, blank(title), blank(customer))).orElse(null);
        if (renderer == null) {
            throw ApiException.notFound("no report format '" + ext + "'; use md, html, pdf, csv, txt or json");
        }
        Analysis analysis = analyses.analysis(id);
        // Rendering (a PDF above all) is CPU work like an analysis: it takes a slot too.
        byte[] body = slots.run(() -> renderer.renderBytes(analysis));
        HttpHeaders h = new HttpHeaders();
        h.set(HttpHeaders.CONTENT_TYPE, renderer.contentType());
        h.setContentDisposition(ContentDisposition.inline()
                .filename("analysis-" + id + "." + renderer.extension()).build());
        return new ResponseEntity<>(body, h, HttpStatus.OK);
    }

    @PostMapping(path = "/{id}/verifications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the throughput measured after the change",
            description = "Answered with projected vs measured: inside the projection's range (low..high) or below "
                    + "/ above it, by how much, and whether the target is met.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @ApiResponse(responseCode = "400", description = "No or a bad `measured` rate",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "404", description = "No such analysis",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "409", description = "The analysis has no backup projection",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ResponseEntity<VerificationService.Verification> verify(@PathVariable String id,
            @RequestBody VerificationService.Request body, HttpServletRequest request) {
        VerificationService.Verification v = verifications.create(id, client(request), body);
        return ResponseEntity.created(URI.create("/api/v1/analyses/" + id + "/verifications/" + v.id())).body(v);
    }

    @GetMapping(path = "/{id}/verifications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The verifications of an analysis, oldest first")
    @ApiResponse(responseCode = "200")
    @ApiResponse(responseCode = "404", description = "No such analysis",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public List<VerificationService.Verification> verificationList(@PathVariable String id) {
        return verifications.list(id);
    }

    @GetMapping(path = "/{id}/verifications/{verificationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One verification")
    @ApiResponse(responseCode = "200")
    @ApiResponse(responseCode = "404", description = "No such analysis or verification",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public VerificationService.Verification verification(@PathVariable String id, @PathVariable String verificationId) {
        return verifications.get(id, verificationId);
    }
}
