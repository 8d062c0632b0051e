package org.backupadvisor.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured API keys, held only as SHA-256 digests; a presented key is hashed and compared with every digest
 * in constant time ({@link MessageDigest#isEqual}), so neither the keys nor their length leak through timing.
 * Configuration errors name the entry by position and name, never by its key.
 */
public final class ApiKeys {
    /** Shorter keys are guessable; the service refuses to start with one. */
    public static final int MIN_KEY_LENGTH = 16;

    public enum Scope {
        READ, WRITE;

        public boolean allows(Scope needed) {
            return this == WRITE || needed == READ;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A client: its name (logged and stored with what it creates) and scope. */
    public record Client(String name, Scope scope) {
    }

    private record Entry(Client client, byte[] digest) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Parses {@code name:key:scope[,name:key:scope...]}; the key itself may contain ':'. */
    public static ApiKeys parse(String spec) {
        List<Entry> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return new ApiKeys(out);
        }
        String[] parts = spec.split(",");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                continue;
            }
            int first = p.indexOf(':');
            int last = p.lastIndexOf(':');
            String where = "advisor.security.api-keys entry " + (i + 1);
            if (first <= 0 || last == first) {
                throw new IllegalArgumentException(where + " is not name:key:scope (scope read or write)");
            }
            String name = p.substring(0, first).trim();
            String key = p.substring(first + 1, last);
            String scope = p.substring(last + 1).trim().toLowerCase(Locale.ROOT);
            where += " ('" + name + "')";
            if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException("advisor.security.api-keys entry " + (i + 1)
                        + ": the name must be 1-64 letters, digits, '.', '_' or '-'");
            }
            if (!scope.equals("read") && !scope.equals("write")) {
                throw new IllegalArgumentException(where + ": scope must be read or write");
            }
            if (key.length() < MIN_KEY_LENGTH) {
                throw new IllegalArgumentException(where + ": the key is shorter than " + MIN_KEY_LENGTH + " characters");
            }
            for (Entry e : out) {
                if (e.client().name().equals(name)) {
                    throw new IllegalArgumentException(where + ": the name is used twice");
                }
            }
            out.add(new Entry(new Client(name, scope.equals("write") ? Scope.WRITE : Scope.READ), sha256(key)));
        }
        return new ApiKeys(out);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** The client holding {@code presented}, if any; every digest is compared, whichever matches. */
    public Optional<Client> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented);
        Client found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.digest(), digest) && found == null) {
                found = e.client();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
