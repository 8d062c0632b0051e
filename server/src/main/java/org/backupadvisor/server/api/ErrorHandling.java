package org.backupadvisor.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.backupadvisor.core.input.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as problem+json (RFC 9457), whatever the client accepts: bad input 400 with the CLI's one-line
 * message, 404, 405, 406, 413 (upload limits), 415 (content type), 422 (idempotency key reused), 503 (busy, with
 * Retry-After), and 500 with an incident id only - the exception is logged on one line with that id, its stack
 * trace only at DEBUG.
 */
@RestControllerAdvice
public class ErrorHandling extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(InputException.class)
    ResponseEntity<Object> badInput(InputException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "bad-input", e.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        return problem(Problems.of(e.status(), e.kind(), e.getMessage()), e.headers(), request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException || causedBySize(e)) {
            return tooLarge(request);
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "bad-input",
                "the multipart request could not be read; send multipart/form-data with parts named 'files'"),
                new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return tooLarge(((org.springframework.web.context.request.ServletWebRequest) request).getRequest());
    }

    private static boolean causedBySize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "the upload is larger than this service accepts (spring.servlet.multipart.max-file-size / "
                        + "max-request-size)"), new HttpHeaders(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> internal(Exception e, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.error("internal error {} on {} {}: {}: {}", incident, request.getMethod(), request.getRequestURI(),
                e.getClass().getName(), Problems.oneLine(e.getMessage()));
        LOG.debug("internal error {}", incident, e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "internal error; incident " + incident + " is in the service log"), new HttpHeaders(), request);
    }

    /** Spring MVC's own exceptions (404, 405, 406, 415, missing parameter, ...) with our type and one line. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : ex.getMessage();
        String kind = switch (status.value()) {
            case 400 -> "bad-input";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status.value();
        };
        HttpServletRequest servlet = ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
        return problem(Problems.of(status, kind, detail), headers, servlet);
    }

    static ResponseEntity<Object> problem(ProblemDetail p, HttpHeaders headers, HttpServletRequest request) {
        p.setInstance(java.net.URI.create(safePath(request.getRequestURI())));
        HttpHeaders h = new HttpHeaders();
        h.addAll(headers);
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(p.getStatus()).headers(h).body(p);
    }

    private static String safePath(String uri) {
        try {
            return java.net.URI.create(uri).getRawPath();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
