package org.backupadvisor.backupexec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;

/**
 * Reads the objects of a BEMCLI export saved with {@code ConvertTo-Json} or {@code Export-Clixml}, through the core's
 * hardened JSON/XML readers (no DTD, bounded depth and size; UTF-16 with BOM as Windows PowerShell writes, or UTF-8).
 */
final class PsReader {
    private PsReader() {
    }

    /** One object, an array of objects, or Windows PowerShell's {"value": [...], "Count": n} wrapper of an array. */
    static List<PsObject> json(InputFile f) {
        Node root = Trees.json(f);
        List<Node> items;
        if (!root.children().isEmpty() && root.children().stream().allMatch(c -> c.name().equals("item"))) {
            items = root.children();
        } else if (root.children().stream().anyMatch(c -> c.name().equals("value") && c.value() == null)
                && root.children().stream().anyMatch(c -> c.name().equals("Count"))) {
            items = root.children().stream().filter(c -> c.name().equals("value")).toList();
        } else {
            items = root.children().isEmpty() ? List.of() : List.of(root);
        }
        List<PsObject> out = new ArrayList<>();
        for (Node n : items) {
            if (n.value() != null) {
                throw n.error("expected one JSON object per BEMCLI object, found the value '"
                        + PsObject.abbreviate(n.value()) + "'");
            }
            out.add(jsonObject(n));
        }
        return out;
    }

    private static PsObject jsonObject(Node n) {
        Map<String, Object> props = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Node c : n.children()) {
            Object v = c.value() != null ? c.value() : jsonObject(c);
            Object before = props.get(c.name());
            if (before != null) {
                // A JSON array: repeated children of one name.
                List<Object> list = before instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(before));
                list.add(v);
                props.put(c.name(), list);
            } else {
                props.put(c.name(), v);
                lines.put(c.name(), c.line());
            }
        }
        return new PsObject(n.file(), n.line(), List.of(), props, lines);
    }

    /** Export-Clixml: {@code <Objs><Obj RefId><TN><T>type</T></TN><ToString/><Props><S N="Name">..</S>...}. */
    static List<PsObject> clixml(InputFile f) {
        Node root = Trees.xml(f);
        Node objs = root.children().stream().filter(c -> c.name().equals("Objs")).findFirst()
                .orElseThrow(() -> InputException.at(f.name(), 1, "expected <Objs> (Export-Clixml) as the root element"));
        Clixml state = new Clixml();
        List<PsObject> out = new ArrayList<>();
        for (Node c : objs.children()) {
            if (c.name().equals("Obj")) {
                Object o = state.obj(c);
                if (o instanceof PsObject p) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The RefIds of one CLIXML document: type names (TNRef) and objects (Ref) are written once and referred to. */
    private static final class Clixml {
        final Map<String, List<String>> types = new HashMap<>();
        final Map<String, Object> objects = new HashMap<>();

        Object obj(Node obj) {
            List<String> typeNames = List.of();
            String toString = null;
            Map<String, Object> props = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            Object primitive = null;
            for (Node c : obj.children()) {
                switch (c.name()) {
                    case "TN" -> {
                        typeNames = c.children().stream().filter(t -> t.name().equals("T") && t.value() != null)
                                .map(Node::value).toList();
                        String id = attr(c, "RefId").orElse(null);
                        if (id != null) {
                            types.put(id, typeNames);
                        }
                    }
                    case "TNRef" -> typeNames = attr(c, "RefId").map(id -> types.getOrDefault(id, List.of())).orElse(List.of());
                    case "ToString" -> toString = c.value();
                    case "Props", "MS" -> {
                        for (Node p : c.children()) {
                            String name = attr(p, "N").orElse(null);
                            if (name == null) {
                                continue;
                            }
                            Object v = value(p);
                            if (v != null) {
                                props.put(name, v);
                                lines.put(name, p.line());
                            }
                        }
                    }
                    case "LST", "IE", "STK", "QUE", "DCT", "RefId", "N" -> {
                        // Collections are not read: no BEMCLI property this plugin uses is one.
                    }
                    default -> {
                        // An enum or other primitive wrapped with its type: <Obj><TN/><ToString>Succeeded</ToString><I32>9</I32></Obj>.
                        if (c.value() != null && primitive == null) {
                            primitive = c.value();
                        }
                    }
                }
            }
            Object result;
            if (!props.isEmpty()) {
                if (toString != null) {
                    props.putIfAbsent("__ToString", toString);
                }
                result = new PsObject(obj.file(), obj.line(), typeNames, props, lines);
            } else if (toString != null) {
                // An enum keeps its name (what the console shows); a value-less container its ToString().
                result = toString;
            } else if (primitive != null) {
                result = primitive;
            } else {
                result = null;
            }
            attr(obj, "RefId").ifPresent(id -> {
                if (result != null) {
                    objects.put(id, result);
                }
            });
            return result;
        }

        private Object value(Node p) {
            return switch (p.name()) {
                case "Nil" -> null;
                case "Obj" -> obj(p);
                case "Ref" -> attr(p, "RefId").map(objects::get).orElse(null);
                default -> p.value() == null ? "" : p.value();
            };
        }
    }

    /** An XML attribute: the core's tree keeps attributes as scalar children. */
    private static java.util.Optional<String> attr(Node el, String name) {
        return el.children().stream().filter(c -> c.name().equals(name) && c.value() != null && c.children().isEmpty())
                .map(Node::value).findFirst();
    }
}
