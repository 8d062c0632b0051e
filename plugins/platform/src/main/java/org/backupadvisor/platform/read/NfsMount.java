package org.backupadvisor.platform.read;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.input.InputException;

/**
 * One NFS mount as a client file or command shows it. {@code options} are raw and in the order the tool printed
 * them ("rw", "vers=4.1", "rsize=1048576"); Solaris {@code mount -v} slash-separated flags are split the same way.
 */
public record NfsMount(String server, String export, String mountPoint, String fsType, List<String> options,
        String os, String file, int line) {

    public static final String LINUX = "linux";
    public static final String SOLARIS = "solaris";

    public NfsMount {
        options = List.copyOf(options);
    }

    /** The value of {@code key=value}, "" for a bare flag ("hard"), empty when absent; the last one wins, as in mount. */
    public Optional<String> option(String key) {
        String found = null;
        for (String o : options) {
            int eq = o.indexOf('=');
            String name = eq < 0 ? o : o.substring(0, eq);
            if (name.equals(key)) {
                found = eq < 0 ? "" : o.substring(eq + 1);
            }
        }
        return Optional.ofNullable(found);
    }

    /** A byte count option such as rsize or wsize; a value that is not a whole number is an error at this mount. */
    public Optional<Long> size(String key) {
        Optional<String> v = option(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.get()));
        } catch (NumberFormatException e) {
            throw InputException.at(file, line, key + "=" + v.get() + ": expected a whole number of bytes");
        }
    }
}
