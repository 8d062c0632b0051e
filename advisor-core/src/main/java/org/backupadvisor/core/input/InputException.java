package org.backupadvisor.core.input;

/**
 * Bad input: an unreadable or unknown file, malformed JSON/XML, a forbidden DTD, an unknown unit or measurement
 * key, a missing target. The message is one line a user can act on (where, and what was expected); the CLI prints
 * it as-is and exits 2, the server answers 400 with it. Never carries a stack trace to the user.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file: line 12: message" or "file: message" when no line is known. */
    public static InputException at(String file, int line, String message) {
        return new InputException(file + (line > 0 ? ": line " + line : "") + ": " + message);
    }
}
