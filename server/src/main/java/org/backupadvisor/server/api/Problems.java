package org.backupadvisor.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backupadvisor.core.units.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details, as every error of the service is answered: {@code type} names the kind of problem
 * ({@code urn:backup-advisor:problem:bad-input}), {@code detail} is one line (the CLI's own message for bad input),
 * control characters shown as {@code \\uXXXX}; never a stack trace.
 */
public final class Problems {
    public static final String TYPE_PREFIX = "urn:backup-advisor:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String kind, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, oneLine(detail));
        p.setType(URI.create(TYPE_PREFIX + kind));
        HttpStatus known = HttpStatus.resolve(status.value());
        p.setTitle(known != null ? known.getReasonPhrase() : "Error");
        return p;
    }

    /** The first line, trimmed, control characters escaped: names from exports must not forge lines. */
    public static String oneLine(String s) {
        return s == null ? "" : Texts.printable(s.lines().findFirst().orElse("").trim());
    }

    /** Writes a problem straight to the response (filters, before Spring MVC is reached). */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
                             String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + kind);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", oneLine(detail));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
