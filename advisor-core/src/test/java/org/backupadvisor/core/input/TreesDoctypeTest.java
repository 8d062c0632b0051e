package org.backupadvisor.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The opt-in "DOCTYPE allowed, never loaded" mode of the XML reader (java.util.prefs files carry a DOCTYPE). */
class TreesDoctypeTest {
    private static final String PREFS = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd">
            <preferences EXTERNAL_XML_VERSION="1.0">
              <root type="system">
                <map/>
                <node name="com">
                  <map>
                    <entry key="repl_window_hours" value="24"/>
                  </map>
                </node>
              </root>
            </preferences>
            """;

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBareDoctypeIsSkippedWhenTheCallerOptsIn() {
        Node root = Trees.xml(file("mcserver.xml", PREFS), Trees.Doctype.IGNORE);
        Node entry = root.findAll("entry").get(0);
        assertThat(entry.text("key")).contains("repl_window_hours");
        assertThat(entry.text("value")).contains("24");
        assertThat(entry.line()).isEqualTo(8);
    }

    @Test
    void theDefaultStillRefusesAnyDoctype() {
        assertThatThrownBy(() -> Trees.xml(file("mcserver.xml", PREFS))).isInstanceOf(InputException.class)
                .hasMessage("mcserver.xml: line 2: DOCTYPE/DTD is not allowed in exports (external entities are refused)");
        assertThatThrownBy(() -> Trees.read(file("mcserver.xml", PREFS))).isInstanceOf(InputException.class)
                .hasMessageContaining("DOCTYPE/DTD is not allowed");
    }

    @Test
    @Timeout(20)
    void theExternalDtdIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/preferences.dtd";
            Node root = Trees.xml(file("p.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE preferences SYSTEM \"" + url
                    + "\">\n<preferences><root type=\"system\"><map/></root></preferences>\n"), Trees.Doctype.IGNORE);
            assertThat(root.findAll("root")).hasSize(1);
            // A DTD that was loaded would declare &leak;: it stays undeclared, so referencing it is an error.
            assertThatThrownBy(() -> Trees.xml(file("p.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE preferences SYSTEM \""
                    + url + "\">\n<preferences>&leak;</preferences>\n"), Trees.Doctype.IGNORE))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("p.xml: line 3: ");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aLocalExternalDtdIsNotReadEither(@TempDir Path dir) throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY secret SYSTEM \"file:///etc/hostname\">");
        assertThatThrownBy(() -> Trees.xml(file("p.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE p SYSTEM \""
                + dtd.toUri() + "\">\n<p>&secret;</p>\n"), Trees.Doctype.IGNORE))
                .isInstanceOf(InputException.class).hasMessageStartingWith("p.xml: line 3: ")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void anEntityInTheInternalSubsetIsRefused() {
        assertThatThrownBy(() -> Trees.xml(file("x.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE preferences [
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <preferences>&xxe;</preferences>
                """), Trees.Doctype.IGNORE)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.xml: line ").hasMessageContaining("ENTITY declarations in the DOCTYPE are not allowed");
        assertThatThrownBy(() -> Trees.xml(file("x.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE preferences [ <!ENTITY greeting "hello"> ]>
                <preferences>&greeting;</preferences>
                """), Trees.Doctype.IGNORE)).isInstanceOf(InputException.class)
                .hasMessageContaining("ENTITY declarations");
    }

    @Test
    void anyOtherInternalSubsetIsRefusedToo() {
        assertThatThrownBy(() -> Trees.xml(file("x.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE preferences SYSTEM "http://java.sun.com/dtd/preferences.dtd" [ <!ATTLIST entry value CDATA "9"> ]>
                <preferences><entry key="a"/></preferences>
                """), Trees.Doctype.IGNORE)).isInstanceOf(InputException.class)
                .hasMessageContaining("internal DTD subset");
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            lol.append(" <!ENTITY lol").append(i).append(" \"");
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            lol.append(prev.repeat(10)).append("\">\n");
        }
        lol.append("]>\n<lolz>&lol9;</lolz>\n");
        for (Trees.Doctype mode : Trees.Doctype.values()) {
            assertThatThrownBy(() -> Trees.xml(file("lol.xml", lol.toString()), mode)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("lol.xml: line ");
        }
    }

    @Test
    void limitsStillApplyWhenTheDoctypeIsIgnored() {
        String deep = "<a>".repeat(Trees.MAX_DEPTH + 2) + "</a>".repeat(Trees.MAX_DEPTH + 2);
        assertThatThrownBy(() -> Trees.xml(file("deep.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"a.dtd\">\n"
                + deep), Trees.Doctype.IGNORE)).isInstanceOf(InputException.class)
                .hasMessageContaining("nested deeper than " + Trees.MAX_DEPTH);
    }
}
