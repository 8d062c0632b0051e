package org.backupadvisor.core.input;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says what a file that no plugin reads is, so the user can fix the export rather than guess: an empty file, an
 * empty JSON object or list, a {@code curl -i} capture with its HTTP headers, or a PowerShell {@code ConvertTo-Json}
 * cut at its default depth (nested objects written as "@{...}" strings).
 */
public final class FileKinds {
    private static final Pattern HTTP_STATUS = Pattern.compile("^HTTP/\\d(\\.\\d)? \\d{3}.*", Pattern.DOTALL);
    private static final Pattern POWERSHELL_DEPTH = Pattern.compile("\"@\\{[A-Za-z_][A-Za-z0-9_]*=");

    private FileKinds() {
    }

    /** A sentence about {@code f} ("an empty file", ...), or empty when it looks like nothing we know. */
    public static Optional<String> describe(InputFile f) {
        if (f.content().length == 0) {
            return Optional.of("an empty file");
        }
        String head = f.head(4096);
        String compact = head.replaceAll("\\s+", "");
        if (head.isBlank()) {
            return Optional.of("a file of blank lines only");
        }
        if (compact.equals("{}") || compact.equals("[]")) {
            return Optional.of("an empty JSON " + (compact.equals("{}") ? "object" : "list") + ": the request returned nothing");
        }
        if (HTTP_STATUS.matcher(head).matches()) {
            return Optional.of("an HTTP capture with headers (curl -i): save the response body only (curl without -i, "
                    + "or -o FILE)");
        }
        if (POWERSHELL_DEPTH.matcher(head).find()) {
            return Optional.of("PowerShell ConvertTo-Json at its default depth (nested objects written as \"@{...}\"): "
                    + "re-run with ConvertTo-Json -Depth 10");
        }
        return Optional.empty();
    }
}
