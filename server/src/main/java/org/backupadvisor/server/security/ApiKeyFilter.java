package org.backupadvisor.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.backupadvisor.server.api.Problems;
import org.backupadvisor.server.api.WanController;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request but the health endpoints needs {@code X-API-Key}: none or an unknown key is 401, a read key on a
 * write (POST, PUT, PATCH, DELETE; not the WAN estimate, which stores nothing) is 403, both as problem+json. The key is never logged or echoed; the client's
 * name is put on the request ({@link #CLIENT}) for the handlers.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-API-Key";
    public static final String CLIENT = ApiKeyFilter.class.getName() + ".client";

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isEmpty()) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "this endpoint needs an API key in the " + HEADER + " header");
            return;
        }
        ApiKeys.Client client = keys.authenticate(presented).orElse(null);
        if (client == null) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            Problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "the " + HEADER + " header holds no known key");
            return;
        }
        ApiKeys.Scope needed = needs(request);
        if (!client.scope().allows(needed)) {
            Problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                    "the key of client '" + client.name() + "' has scope " + client.scope().word() + "; "
                            + request.getMethod() + " needs a " + needed.word() + " key");
            return;
        }
        request.setAttribute(CLIENT, client);
        chain.doFilter(request, response);
    }

    /** Reads need a read key, writes a write key; a WAN estimate is a POST that stores nothing: a read key does. */
    static ApiKeys.Scope needs(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> ApiKeys.Scope.READ;
            case "POST" -> path.equals(WanController.ESTIMATE) ? ApiKeys.Scope.READ : ApiKeys.Scope.WRITE;
            default -> ApiKeys.Scope.WRITE;
        };
    }
}
