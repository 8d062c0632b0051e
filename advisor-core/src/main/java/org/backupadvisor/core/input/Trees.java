package org.backupadvisor.core.input;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads exports into {@link Node} trees. Exports are customer data from untrusted sources, so both readers are
 * hardened: XML refuses any DTD (which rules out external entities and entity-expansion bombs), resolves nothing
 * external, and both bound nesting depth; file size is bounded by {@link InputLoader}. A reader whose format always
 * carries a DOCTYPE opts in to {@link Doctype#IGNORE}: the DOCTYPE is skipped, never loaded.
 */
public final class Trees {
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .maxNameLength(1024)
                    .build())
            // Two values for one key: which one did the vendor's tool mean? Refuse rather than pick silently.
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Trees() {
    }

    public static Node json(InputFile file) {
        ReadBudget budget = ReadBudget.current();
        Node root = new Node(file.name(), "", 1, null);
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), file.utf8())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw InputException.at(file.name(), 1, "empty file: expected a JSON object");
            }
            readJsonValue(p, root, file.name(), budget);
            if (p.nextToken() != null) {
                throw InputException.at(file.name(), p.currentTokenLocation().getLineNr(),
                        "unexpected content after the JSON document");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
            throw InputException.at(file.name(), line, "malformed JSON: " + firstLine(msg));
        }
        return root;
    }

    /** Reads the value at the parser's current token into {@code into} (object fields / array items as children). */
    private static void readJsonValue(JsonParser p, Node into, String file, ReadBudget budget) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                JsonToken v = p.nextToken();
                addJsonChild(p, into, file, name, line, v, budget);
            }
        } else if (t == JsonToken.START_ARRAY) {
            // A top-level array: items become children named "item".
            while (p.nextToken() != JsonToken.END_ARRAY) {
                addJsonChild(p, into, file, "item", p.currentTokenLocation().getLineNr(), p.currentToken(), budget);
            }
        } else {
            throw InputException.at(file, p.currentTokenLocation().getLineNr(), "expected a JSON object or array");
        }
    }

    private static void addJsonChild(JsonParser p, Node into, String file, String name, int line, JsonToken v,
                                     ReadBudget budget) {
        budget.spend(file, line);
        switch (v) {
            case START_OBJECT -> {
                Node child = new Node(file, name, line, null);
                into.add(child);
                readJsonValue(p, child, file, budget);
            }
            case START_ARRAY -> {
                // Repeated children, as XML repeats elements.
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    addJsonChild(p, into, file, name, p.currentTokenLocation().getLineNr(), p.currentToken(), budget);
                }
            }
            case VALUE_NULL -> {
                // null = absent: the vendor default applies, exactly as if the key were missing.
            }
            default -> into.add(new Node(file, name, line, p.getString()));
        }
    }

    /** What the XML reader does with a {@code <!DOCTYPE ...>}. */
    public enum Doctype {
        /** Any DOCTYPE is an error: the default for every export. */
        REFUSE,
        /**
         * A bare DOCTYPE is skipped, never loaded: for formats whose writer always emits one, such as
         * {@code java.util.prefs} XML ({@code <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">}).
         * The external DTD is not fetched, no entity is declared or expanded, and an internal subset
         * ({@code [ ... ]}, where ENTITY declarations would live) is still refused. Depth and value limits stay.
         */
        IGNORE
    }

    public static Node xml(InputFile file) {
        return xml(file, Doctype.REFUSE);
    }

    /** As {@link #xml(InputFile)}; {@code doctype} {@link Doctype#IGNORE} only for callers whose format carries one. */
    /**
     * One hardened factory per thread (factories are not documented as thread-safe, so none is shared between
     * threads), always the JDK's own StAX implementation, the one the hardening below is written and tested for:
     * {@code newDefaultFactory}, not {@code newFactory}, whose look-up of another implementation on the class path
     * (system property, jaxp.properties, a scan of every jar's services) cost more than parsing a small export.
     */
    private static final ThreadLocal<XMLInputFactory> XML_FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity '" + systemId + "' refused");
        });
        return f;
    });

    public static Node xml(InputFile file, Doctype doctype) {
        XMLInputFactory f = XML_FACTORY.get();
        ReadBudget budget = ReadBudget.current();
        Node root = new Node(file.name(), "", 1, null);
        Deque<Node> stack = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        stack.push(root);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(xmlBytes(file)));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> {
                        if (doctype != Doctype.IGNORE) {
                            throw InputException.at(file.name(), line(r.getLocation()),
                                    "DOCTYPE/DTD is not allowed in exports (external entities are refused)");
                        }
                        refuseInternalSubset(file.name(), line(r.getLocation()), r.getText());
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw InputException.at(file.name(), line(r.getLocation()),
                            "entity reference '&" + r.getLocalName() + ";' is not allowed (no DTD entities)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() > MAX_DEPTH) {
                            throw InputException.at(file.name(), line(r.getLocation()),
                                    "XML nested deeper than " + MAX_DEPTH + " levels");
                        }
                        int line = line(r.getLocation());
                        budget.spend(file.name(), line);
                        Node el = new Node(file.name(), r.getLocalName(), line, null);
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            budget.spend(file.name(), line);
                            el.add(new Node(file.name(), r.getAttributeLocalName(i), line, r.getAttributeValue(i)));
                        }
                        stack.push(el);
                        texts.push(new StringBuilder());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!texts.isEmpty()) {
                            texts.peek().append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Node el = stack.pop();
                        String text = texts.pop().toString().trim();
                        // Text of an element, with or without attributes, is its value: <size unit="MB">512</size>.
                        Node finished = el;
                        if (!text.isEmpty()) {
                            finished = new Node(file.name(), el.name(), el.line(), text);
                            for (Node c : el.children()) {
                                finished.add(c);
                            }
                        }
                        stack.peek().add(finished);
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            // StAX prefixes "ParseError at [row,col]:[r,c]\nMessage: ..."; keep the message, report the line ourselves.
            int idx = msg.indexOf("Message:");
            String clean = idx >= 0 ? msg.substring(idx + 8).trim() : msg;
            throw InputException.at(file.name(), line(e.getLocation()), "malformed XML: " + firstLine(clean));
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK's StAX reader fails on some malformed prologs with its own runtime errors (found by fuzzing: a
            // control character in a DTD ends in MissingResourceException while it words the message).
            throw InputException.at(file.name(), r == null ? 0 : line(r.getLocation()), "malformed XML");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the in-memory stream
                }
            }
        }
        return root;
    }

    /**
     * With SUPPORT_DTD off the reader neither fetches the external DTD nor declares entities, but an internal subset
     * is where ENTITY declarations (billion laughs, external entities) live: refuse it outright rather than trust
     * what the reader would make of it. A bare {@code <!DOCTYPE name SYSTEM "uri">} has no '['.
     */
    private static void refuseInternalSubset(String file, int line, String dtd) {
        String text = dtd == null ? "" : dtd;
        if (text.contains("<!ENTITY")) {
            throw InputException.at(file, line, "ENTITY declarations in the DOCTYPE are not allowed (entities are "
                    + "never expanded)");
        }
        if (text.indexOf('[') >= 0) {
            throw InputException.at(file, line, "an internal DTD subset ('[ ... ]' in the DOCTYPE) is not allowed: "
                    + "expected a bare DOCTYPE such as <!DOCTYPE preferences SYSTEM \"...\">");
        }
    }

    /**
     * StAX reads a byte-order mark and a declared encoding itself; an undeclared ANSI/Latin-1 file (which StAX would
     * refuse as broken UTF-8) is transcoded first.
     */
    private static byte[] xmlBytes(InputFile file) {
        byte[] b = file.content();
        String prolog = new String(b, 0, Math.min(b.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean declared = prolog.startsWith("<?xml") && prolog.substring(0, Math.max(0, prolog.indexOf("?>")))
                .contains("encoding");
        return declared ? b : file.utf8();
    }

    private static void setIfSupported(XMLInputFactory f, String prop, Object value) {
        try {
            f.setProperty(prop, value);
        } catch (IllegalArgumentException ignored) {
            // Older StAX implementations lack the JAXP 1.5 properties; SUPPORT_DTD=false already covers them.
        }
    }

    private static int line(Location l) {
        return l == null ? 0 : l.getLineNumber();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** The tree of a JSON or XML file, by its first character. */
    public static Node read(InputFile file) {
        if (file.looksLikeJson()) {
            return json(file);
        }
        if (file.looksLikeXml()) {
            return xml(file);
        }
        throw InputException.at(file.name(), 1, "neither JSON nor XML");
    }
}
