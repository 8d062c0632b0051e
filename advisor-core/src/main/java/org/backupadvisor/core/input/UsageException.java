package org.backupadvisor.core.input;

/**
 * Bad input in how the request was put together rather than in a file or a value's content: a {@code --measure}
 * that is not KEY=VALUE, a target and a window both given, no goal at all. The CLI answers it as a usage error
 * (exit 2, with a pointer to {@code --help}); the server as 400 like any {@link InputException}.
 */
public class UsageException extends InputException {
    public UsageException(String message) {
        super(message);
    }
}
