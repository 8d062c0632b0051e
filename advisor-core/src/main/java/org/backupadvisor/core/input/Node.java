package org.backupadvisor.core.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One tree for JSON keys, XML elements and XML attributes alike, because vendors put the same field in any of the
 * three (research/commvault.md §1.2): {@code commonProperties.numberOfBackupStreams} as a JSON key, as a
 * {@code <numberOfBackupStreams>} element, or as an attribute of {@code <commonProperties>} all read the same way.
 * JSON arrays become repeated children of the same name, as XML repeats elements. Every node keeps its file and
 * line, so a bad value is reported where it is.
 */
public final class Node {
    private final String file;
    private final String name;
    private final int line;
    private final String value;
    // Most nodes are leaves (a 50,000-subclient export has ~1.9 million): no list until the first child.
    private List<Node> children = List.of();

    Node(String file, String name, int line, String value) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.value = value;
    }

    void add(Node child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    public String file() {
        return file;
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    /** The scalar value (JSON scalar, attribute value, element text), or null for a container. */
    public String value() {
        return value;
    }

    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    /** Children called {@code name}; exact match first, else case-insensitive (exports disagree on case). */
    public List<Node> all(String name) {
        List<Node> exact = new ArrayList<>();
        for (Node c : children) {
            if (c.name.equals(name)) {
                exact.add(c);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        List<Node> loose = new ArrayList<>();
        for (Node c : children) {
            if (c.name.equalsIgnoreCase(name)) {
                loose.add(c);
            }
        }
        return loose;
    }

    /** The first of {@link #all(String)}, found without building the list (parsers ask this per field). */
    public Optional<Node> child(String name) {
        for (Node c : children) {
            if (c.name.equals(name)) {
                return Optional.of(c);
            }
        }
        for (Node c : children) {
            if (c.name.equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Follows "a/b/c" through first matches. */
    public Optional<Node> path(String path) {
        Node n = this;
        for (String part : parts(path)) {
            Optional<Node> next = n.child(part);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            n = next.get();
        }
        return Optional.of(n);
    }

    // Parsers read the same few dozen paths of every object: split once, not per object and field.
    private static final java.util.Map<String, String[]> PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] parts(String path) {
        String[] p = PARTS.get(path);
        if (p == null) {
            p = path.split("/");
            if (PARTS.size() < 4096) {   // paths are constants in parsers; a bound in case one is ever built
                PARTS.put(path, p);
            }
        }
        return p;
    }

    /** Every node named {@code name} at any depth below this one, in document order. */
    public List<Node> findAll(String name) {
        List<Node> out = new ArrayList<>();
        collect(name, out);
        return out;
    }

    private void collect(String n, List<Node> out) {
        for (Node c : children) {
            if (c.name.equals(n)) {
                out.add(c);
            }
            c.collect(n, out);
        }
    }

    public boolean has(String path) {
        return path(path).isPresent();
    }

    /** Trimmed scalar at {@code path}, empty when absent or blank. */
    public Optional<String> text(String path) {
        return path(path).map(Node::value).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** Whole number at {@code path}; a non-number is an error naming file, line and field. */
    public Optional<Integer> integer(String path) {
        Optional<Node> n = path(path).filter(x -> x.value != null && !x.value.isBlank());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String v = n.get().value.trim();
        try {
            if (!PLAIN_NUMBER.matcher(v).matches()) {
                throw new NumberFormatException();
            }
            double d = Double.parseDouble(v);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return Optional.of((int) d);
        } catch (NumberFormatException e) {
            throw n.get().error(path + " = '" + v + "': expected a whole number");
        }
    }

    /** A count, size or id: a whole number of at least 0 (a negative count is an error, not a limit of zero). */
    public Optional<Integer> count(String path) {
        Optional<Integer> v = integer(path);
        if (v.isPresent() && v.get() < 0) {
            throw path(path).orElseThrow().error(path + " = " + v.get() + ": expected a whole number of at least 0");
        }
        return v;
    }

    /** A plain decimal number (no hex, no NaN or Infinity, not beyond the double range). */
    public Optional<Double> decimal(String path) {
        Optional<Node> n = path(path).filter(x -> x.value != null && !x.value.isBlank());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String v = n.get().value.trim();
        if (!PLAIN_NUMBER.matcher(v).matches()) {
            throw n.get().error(path + " = '" + v + "': expected a number");
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
            throw n.get().error(path + " = '" + v + "': expected a finite number");
        }
        return Optional.of(d);
    }

    /** A decimal between {@code min} and {@code max} (a rate, a size, a time stamp: its plausible range). */
    public Optional<Double> decimal(String path, double min, double max) {
        Optional<Double> v = decimal(path);
        if (v.isPresent() && (v.get() < min || v.get() > max)) {
            throw path(path).orElseThrow().error(path + " = " + n(v.get()) + ": expected a value from " + n(min)
                    + " to " + n(max));
        }
        return v;
    }

    private static String n(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

    /** A flag in the {@link FlagVocabulary#COMMON} spellings; absent = empty, so the caller applies the vendor default. */
    public Optional<Boolean> flag(String path) {
        return flag(path, FlagVocabulary.COMMON);
    }

    /** A flag in the product's own {@code vocabulary}; absent or a "not set" word = empty (vendor default). */
    public Optional<Boolean> flag(String path, FlagVocabulary vocabulary) {
        Optional<Node> n = path(path).filter(x -> x.value != null && !x.value.isBlank());
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> read = vocabulary.read(n.get().value);
        if (read == null) {
            throw n.get().error(path + " = '" + n.get().value.trim() + "': " + vocabulary.expected());
        }
        return read;
    }

    /** An {@link InputException} located at this node: "file: line 12: message". */
    public InputException error(String message) {
        return InputException.at(file, line, message);
    }

    /** "file: line 12" for evidence. */
    public String origin() {
        return line > 0 ? file + ": line " + line : file;
    }

    @Override
    public String toString() {
        return name + (value != null ? "=" + value : "" + children);
    }
}
