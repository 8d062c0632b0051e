package org.backupadvisor.server.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before any servlet runs (an encoded slash or a malformed request line), as
 * problem+json too instead of Tomcat's HTML page: one generic line, no server version, no stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String kind = status == 400 ? "bad-input" : status == 404 ? "not-found" : "http-" + status;
        String body = "{\"type\":\"" + Problems.TYPE_PREFIX + kind + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"the server refused the request before reading it (" + title.toLowerCase()
                + ")\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client went away; nothing more to say.
        }
    }
}
