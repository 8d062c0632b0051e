package org.backupadvisor.server.api;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** An error the service answers on purpose: its status, the problem kind, one line of detail, extra headers. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String kind;
    private final Map<String, String> headers;

    public ApiException(HttpStatus status, String kind, String detail) {
        this(status, kind, detail, Map.of());
    }

    public ApiException(HttpStatus status, String kind, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.headers = Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public HttpHeaders headers() {
        HttpHeaders h = new HttpHeaders();
        headers.forEach(h::set);
        return h;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ApiException badInput(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad-input", detail);
    }
}
