package org.backupadvisor.backupexec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backupadvisor.core.input.InputException;

/**
 * One PowerShell object as BEMCLI wrote it, whichever way it was saved: a JSON object of {@code ConvertTo-Json} (any
 * {@code -Depth}: a nested object too deep for the depth arrives as its ToString() string) or an {@code <Obj>} of
 * {@code Export-Clixml}. Property names compare without case, as PowerShell does. Values are kept as text: an enum is
 * its number (Windows PowerShell 5.1 JSON) or its name (CLIXML's ToString, PowerShell 7 -EnumsAsStrings).
 */
record PsObject(String file, int line, List<String> typeNames, Map<String, Object> props, Map<String, Integer> lines) {

    PsObject {
        // Keys keep the exported spelling (a setting is named after it); look-ups ignore case through key().
        props = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props));
        lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        typeNames = List.copyOf(typeNames);
    }

    /** The exported spelling of {@code name}, or null. */
    String key(String name) {
        if (props.containsKey(name)) {
            return name;
        }
        for (String k : props.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private Object get(String name) {
        String k = key(name);
        return k == null ? null : props.get(k);
    }

    boolean has(String name) {
        return key(name) != null;
    }

    /** The property's text: a scalar as written; a nested object by its Name (or ToString); empty when absent. */
    Optional<String> text(String name) {
        Object v = get(name);
        if (v instanceof PsObject o) {
            return o.text("Name").or(() -> o.text("__ToString"));
        }
        if (v instanceof List<?> list) {
            return Optional.empty();
        }
        return v == null ? Optional.empty() : Optional.of(v.toString().trim()).filter(s -> !s.isEmpty());
    }

    Optional<PsObject> object(String name) {
        Object v = get(name);
        return v instanceof PsObject o ? Optional.of(o) : Optional.empty();
    }

    int lineOf(String name) {
        String k = key(name);
        return k == null ? line : lines.getOrDefault(k, line);
    }

    InputException error(String name, String message) {
        return InputException.at(file, lineOf(name), message);
    }

    /** A number; a value that is not one is an error naming file, line and property. */
    Optional<Double> number(String name, String expected) {
        Optional<String> t = text(name);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String v = t.get().replace(',', '.');
        if (!v.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?")) {
            throw error(name, name + " = '" + abbreviate(t.get()) + "': expected " + expected);
        }
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d) || d < 0) {
            throw error(name, name + " = '" + abbreviate(t.get()) + "': expected " + expected);
        }
        return Optional.of(d);
    }

    /** Every scalar property, by its name as exported (for properties found by pattern, e.g. a UNC path). */
    List<Map.Entry<String, String>> scalars() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        props.forEach((k, v) -> {
            if (v instanceof String s) {
                out.add(Map.entry(k, s));
            }
        });
        return out;
    }

    String origin() {
        return line > 0 ? file + ": line " + line : file;
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
