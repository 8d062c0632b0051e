package org.backupadvisor.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreesTest {

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SUBCLIENT_JSON = """
            {
              "subClientProperties": {
                "commonProperties": {
                  "numberOfBackupStreams": 4,
                  "allowMultipleDataReaders": true,
                  "description": "  nightly  ",
                  "storageDevice": null
                },
                "content": [
                  {"path": "/data"},
                  {"path": "/home"}
                ]
              }
            }
            """;

    @Test
    void jsonObjectsBecomeNestedNodesWithLineNumbers() {
        Node root = Trees.json(file("sub.json", SUBCLIENT_JSON));

        Node streams = root.path("subClientProperties/commonProperties/numberOfBackupStreams").orElseThrow();
        assertThat(streams.value()).isEqualTo("4");
        assertThat(streams.line()).isEqualTo(4);
        assertThat(streams.file()).isEqualTo("sub.json");
        assertThat(streams.origin()).isEqualTo("sub.json: line 4");
        assertThat(root.integer("subClientProperties/commonProperties/numberOfBackupStreams")).contains(4);
        assertThat(root.flag("subClientProperties/commonProperties/allowMultipleDataReaders")).contains(true);
        assertThat(root.text("subClientProperties/commonProperties/description")).contains("nightly");
        assertThat(root.path("subClientProperties/commonProperties").orElseThrow().value()).isNull();
    }

    @Test
    void jsonArrayUnderAKeyBecomesRepeatedChildren() {
        Node props = Trees.json(file("sub.json", SUBCLIENT_JSON)).path("subClientProperties").orElseThrow();

        List<Node> content = props.all("content");
        assertThat(content).hasSize(2);
        assertThat(content).extracting(c -> c.text("path").orElseThrow()).containsExactly("/data", "/home");
        assertThat(content).extracting(Node::line).containsExactly(10, 11);
        assertThat(props.findAll("path")).extracting(Node::value).containsExactly("/data", "/home");
        // path() follows the first match.
        assertThat(props.text("content/path")).contains("/data");
    }

    @Test
    void topLevelJsonArrayItemsAreNamedItem() {
        Node root = Trees.json(file("jobs.json", "[{\"jobId\": 1}, {\"jobId\": 2}, 3]"));
        assertThat(root.all("item")).hasSize(3);
        assertThat(root.all("item").get(1).integer("jobId")).contains(2);
        assertThat(root.all("item").get(2).value()).isEqualTo("3");
    }

    @Test
    void jsonNullIsTheSameAsAbsent() {
        Node root = Trees.json(file("sub.json", SUBCLIENT_JSON));
        String p = "subClientProperties/commonProperties/storageDevice";
        assertThat(root.has(p)).isFalse();
        assertThat(root.text(p)).isEmpty();
        assertThat(root.integer(p)).isEmpty();
        assertThat(root.flag(p)).isEmpty();
        assertThat(root.has("subClientProperties/commonProperties/noSuchKey")).isFalse();
    }

    @Test
    void lookupFallsBackToCaseInsensitiveNames() {
        Node root = Trees.json(file("sub.json", SUBCLIENT_JSON));
        assertThat(root.integer("SubClientProperties/commonproperties/NUMBEROFBACKUPSTREAMS")).contains(4);
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        String bad = """
                {
                  "a": 1
                  "b": 2
                }
                """;
        assertThatThrownBy(() -> Trees.json(file("weekend/sub.json", bad)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("weekend/sub.json: line 3: ")
                .hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void jsonMustBeAnObjectOrArrayAndOnlyOne() {
        assertThatThrownBy(() -> Trees.json(file("s.json", "\"just a string\"")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("s.json: line 1: ")
                .hasMessageContaining("object or array");
        assertThatThrownBy(() -> Trees.json(file("two.json", "{\"a\": 1}\n{\"b\": 2}")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("two.json: line 2: ")
                .hasMessageContaining("unexpected content");
        assertThatThrownBy(() -> Trees.json(file("empty.json", "")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("empty.json")
                .hasMessageContaining("empty");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "[".repeat(Trees.MAX_DEPTH + 10) + "]".repeat(Trees.MAX_DEPTH + 10);
        assertThatThrownBy(() -> Trees.json(file("deep.json", deep)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("deep.json: ")
                .hasMessageContaining("nesting depth");
        // Just within the limit is fine.
        String ok = "[".repeat(Trees.MAX_DEPTH) + "]".repeat(Trees.MAX_DEPTH);
        assertThat(Trees.json(file("ok.json", ok))).isNotNull();
    }

    @Test
    @Disabled("BUG Trees.json: the nesting-depth error carries no line (Jackson's StreamConstraintsException has no "
            + "location; Trees reports line 0, so the message is 'deep.json: malformed JSON: ...')")
    void deeplyNestedJsonErrorNamesTheLine() {
        String deep = "{\n\"a\":\n" + "[".repeat(Trees.MAX_DEPTH + 10) + "]".repeat(Trees.MAX_DEPTH + 10) + "}";
        assertThatThrownBy(() -> Trees.json(file("deep.json", deep)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("deep.json: line 3: ");
    }

    private static final String SUBCLIENT_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <App_UpdateSubClientPropertiesRequest>
              <subClientProperties>
                <commonProperties numberOfBackupStreams="4" description=" nightly ">
                  <allowMultipleDataReaders>SET_TRUE</allowMultipleDataReaders>
                  <numberOfDataReaders>
                    2
                  </numberOfDataReaders>
                  <notes><![CDATA[a < b]]></notes>
                </commonProperties>
                <content><path>/data</path></content>
                <content><path>/home</path></content>
              </subClientProperties>
            </App_UpdateSubClientPropertiesRequest>
            """;

    @Test
    void xmlElementsAttributesAndTextReadThroughTheSameApi() {
        Node req = Trees.xml(file("sub.xml", SUBCLIENT_XML)).child("App_UpdateSubClientPropertiesRequest").orElseThrow();

        // attribute
        assertThat(req.integer("subClientProperties/commonProperties/numberOfBackupStreams")).contains(4);
        assertThat(req.text("subClientProperties/commonProperties/description")).contains("nightly");
        // element text, trimmed
        assertThat(req.text("subClientProperties/commonProperties/allowMultipleDataReaders")).contains("SET_TRUE");
        assertThat(req.integer("subClientProperties/commonProperties/numberOfDataReaders")).contains(2);
        assertThat(req.text("subClientProperties/commonProperties/notes")).contains("a < b");
        // repeated elements
        assertThat(req.path("subClientProperties").orElseThrow().all("content"))
                .extracting(c -> c.text("path").orElseThrow()).containsExactly("/data", "/home");
        // lines
        assertThat(req.line()).isEqualTo(2);
        assertThat(req.path("subClientProperties/commonProperties/allowMultipleDataReaders").orElseThrow().line())
                .isEqualTo(5);
        assertThat(req.path("subClientProperties/commonProperties/numberOfBackupStreams").orElseThrow().line())
                .isEqualTo(4);
    }

    @Test
    void xmlElementWithAttributesKeepsItsText() {
        Node n = Trees.xml(file("s.xml", "<r><size unit=\"MB\">512</size></r>")).child("r").orElseThrow();
        assertThat(n.text("size/unit")).contains("MB");
        assertThat(n.integer("size")).contains(512);
    }

    @Test
    void jsonKeyXmlElementAndXmlAttributeAreInterchangeable() {
        Node json = Trees.read(file("a.json", "{\"cp\": {\"numberOfBackupStreams\": \"4\"}}"));
        Node element = Trees.read(file("b.xml", "<r><cp><numberOfBackupStreams>4</numberOfBackupStreams></cp></r>"))
                .child("r").orElseThrow();
        Node attribute = Trees.read(file("c.xml", "<r><cp numberOfBackupStreams=\"4\"/></r>")).child("r").orElseThrow();
        for (Node n : List.of(json, element, attribute)) {
            assertThat(n.integer("cp/numberOfBackupStreams")).as(n.toString()).contains(4);
        }
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "EMPTY", value = {
            "0,         false",
            "1,         true",
            "true,      true",
            "false,     false",
            "TRUE,      true",
            "on,        true",
            "disabled,  false",
            "yes,       true",
            "no,        false",
    })
    void flagsInEveryVendorSpelling(String spelling, Boolean expected) {
        Node json = Trees.json(file("f.json", "{\"f\": \"" + spelling + "\"}"));
        Node xml = Trees.xml(file("f.xml", "<r f=\"" + spelling + "\"><g>" + spelling + "</g></r>")).child("r").orElseThrow();
        Optional<Boolean> want = Optional.ofNullable(expected);
        assertThat(json.flag("f")).isEqualTo(want);
        assertThat(xml.flag("f")).isEqualTo(want);
        assertThat(xml.flag("g")).isEqualTo(want);
    }

    @Test
    void jsonNumbersAndBooleansAreFlagsToo() {
        Node n = Trees.json(file("f.json", "{\"a\": 1, \"b\": false, \"c\": \"\"}"));
        assertThat(n.flag("a")).contains(true);
        assertThat(n.flag("b")).contains(false);
        assertThat(n.flag("c")).isEmpty();
    }

    @Test
    void aProductsOwnWordsStayInItsVocabulary() {
        FlagVocabulary qoperation = FlagVocabulary.COMMON.with(java.util.Set.of("SET_TRUE"), java.util.Set.of("SET_FALSE"),
                java.util.Set.of("2"), "expected 0/1, SET_TRUE/SET_FALSE or 2");
        Node n = Trees.json(file("f.json", "{\"a\": \"SET_TRUE\", \"b\": 2}"));
        assertThat(n.flag("a", qoperation)).contains(true);
        assertThat(n.flag("b", qoperation)).isEmpty();
        // Another product's "2" is not "unset": it is an error naming what the common vocabulary accepts.
        assertThatThrownBy(() -> n.flag("b")).isInstanceOf(InputException.class).hasMessageContaining("'2'");
        assertThatThrownBy(() -> n.flag("a")).isInstanceOf(InputException.class).hasMessageContaining("'SET_TRUE'");
    }

    @Test
    void badFlagIsAnErrorWithFileAndLine() {
        String json = "{\n  \"cp\": {\n    \"allowMultipleDataReaders\": \"maybe\"\n  }\n}";
        assertThatThrownBy(() -> Trees.json(file("sub.json", json)).flag("cp/allowMultipleDataReaders"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("sub.json: line 3: ")
                .hasMessageContaining("cp/allowMultipleDataReaders")
                .hasMessageContaining("'maybe'")
                .hasMessageContaining("expected a flag");
        String xml = "<r>\n<cp>\n<allow>3</allow>\n</cp>\n</r>";
        assertThatThrownBy(() -> Trees.xml(file("sub.xml", xml)).flag("r/cp/allow"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("sub.xml: line 3: ")
                .hasMessageContaining("'3'");
    }

    @Test
    void badWholeNumberIsAnErrorWithFileAndLine() {
        Node n = Trees.json(file("n.json", "{\n\"a\": \"four\",\n\"b\": 4.5,\n\"c\": \"4.0\",\n\"d\": 2.5}"));
        assertThatThrownBy(() -> n.integer("a"))
                .isInstanceOf(InputException.class)
                .hasMessage("n.json: line 2: a = 'four': expected a whole number");
        assertThatThrownBy(() -> n.integer("b"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("n.json: line 3: ");
        assertThat(n.integer("c")).contains(4);
        assertThat(n.decimal("d")).contains(2.5);
        assertThatThrownBy(() -> n.decimal("a"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected a number");
    }

    private static List<String> messages(Throwable t) {
        List<String> out = new java.util.ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.add(String.valueOf(c.getMessage()));
        }
        return out;
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNeverRead() throws IOException {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <x>&e;</x>
                """;
        InputException e = catchThrowableOfType(InputException.class, () -> Trees.xml(file("evil.xml", xxe)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("evil.xml: line ").contains("DTD");
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            List<String> lines = Files.readAllLines(passwd).stream().filter(l -> !l.isBlank()).toList();
            for (String m : messages(e)) {
                for (String line : lines) {
                    assertThat(m).doesNotContain(line);
                }
                assertThat(m).doesNotContain("root:");
            }
        }
        // Also through Trees.read, the entry point the plugins use.
        assertThatThrownBy(() -> Trees.read(file("evil.xml", xxe))).isInstanceOf(InputException.class);
    }

    @Test
    void externalDtdIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/evil.dtd\">\n<x/>";
        assertThatThrownBy(() -> Trees.xml(file("ext.xml", xml)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("ext.xml: line ")
                .hasMessageContaining("DTD");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "lol" : "lol" + (i - 1);
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "<lolz>&lol9;</lolz>\n";
        long start = System.nanoTime();
        assertThatThrownBy(() -> Trees.xml(file("lolz.xml", xml)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("lolz.xml: line ")
                .hasMessageContaining("DTD")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(500));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    private static String nested(int depth) {
        return "<a>".repeat(depth) + "<v>1</v>" + "</a>".repeat(depth);
    }

    @Test
    void xmlNestedDeeperThanTheLimitIsRefused() {
        assertThatThrownBy(() -> Trees.xml(file("deep.xml", nested(Trees.MAX_DEPTH))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("deep.xml: line 1: ")
                .hasMessageContaining("deeper than " + Trees.MAX_DEPTH);
        // Far deeper is refused too, without a StackOverflowError.
        assertThatThrownBy(() -> Trees.xml(file("deeper.xml", nested(100_000))))
                .isInstanceOf(InputException.class);
    }

    @Test
    void xmlJustWithinTheDepthLimitIsRead() {
        Node root = Trees.xml(file("ok.xml", nested(Trees.MAX_DEPTH - 1)));
        assertThat(root.findAll("v")).extracting(Node::value).containsExactly("1");
    }

    @Test
    void malformedXmlNamesTheFileAndLine() {
        String bad = "<?xml version=\"1.0\"?>\n<a>\n  <b>\n</a>\n";
        assertThatThrownBy(() -> Trees.xml(file("bad.xml", bad)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.xml: line 4: ")
                .hasMessageContaining("malformed XML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("ParseError"));
    }

    @Test
    void readChoosesByFirstCharacterAfterBomAndWhitespace() {
        assertThat(Trees.read(file("x", "\uFEFF{\"a\": 1}")).integer("a")).contains(1);
        assertThat(Trees.read(file("x", "\n <r a=\"1\"/>")).integer("r/a")).contains(1);
        assertThatThrownBy(() -> Trees.read(file("notes.txt", "hello")))
                .isInstanceOf(InputException.class)
                .hasMessage("notes.txt: line 1: neither JSON nor XML");
    }

    @Test
    void aControlCharacterInsideADtdIsMalformedXmlNotACrash() {
        // Found by fuzzing: the JDK's StAX reader throws MissingResourceException while wording this error.
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<\u0001ENTITY e \"x\">]>\n<a>&e;</a>\n";
        assertThatThrownBy(() -> Trees.xml(file("dtd.xml", xml)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("dtd.xml: line 2: malformed XML");
    }
}
