package org.backupadvisor.avamar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;

class McsPreferencesTest {
    private static InputFile sample(String name) throws IOException {
        try (InputStream in = McsPreferencesTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    private static InputFile prefs(String name, String entries) {
        return new InputFile(name, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">\n"
                + "<preferences EXTERNAL_XML_VERSION=\"1.0\">\n<root type=\"system\">\n<map/>\n<node name=\"com\">\n<map>\n"
                + entries + "</map>\n</node>\n</root>\n</preferences>\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedKeysAreReadAndTheRestIsNamedInANote() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("mcserver.xml")));
        assertThat(env.inputs()).extracting(i -> i.format()).containsExactly("mcserver-xml");
        assertThat(env.notes()).singleElement().isEqualTo("mcserver.xml: MCS preferences: read max_jobs_per_node 30, "
                + "percent_of_max_concurrent_jobs_hfscheck 10, percent_of_max_concurrent_jobs 90, "
                + "max_concurrent_jobs 480, repl_window_hours 24; 3 other preference(s) not read (e.g. "
                + "database_sslmode, use_ddr_auth_token, ignore_vc_cert)");
    }

    @Test
    void replWindowHoursGoesOntoEveryReplicationGroup() throws IOException {
        AvamarEnvironment env = new AvamarParser().parse(List.of(sample("get-replication-group.json"),
                prefs("prefs/mcserver.xml", "<entry key=\"repl_window_hours\" value=\"30\" />\n")));
        assertThat(env.groups()).singleElement().satisfies(g -> assertThat(g.getReplWindowHours()).isEqualTo(30));
        // It survives the planner's copies.
        ReplicationGroup changed = env.apply(List.of()).groups().get(0).with(ReplicationGroup.STREAMS_PER_CLIENT, 28);
        assertThat(changed.getReplWindowHours()).isEqualTo(30);
        // Without mcserver.xml nothing is assumed.
        assertThat(new AvamarParser().parse(List.of(sample("get-replication-group.json"))).groups().get(0)
                .getReplWindowHours()).isNull();
    }

    @Test
    void detectsMcserverXmlButNotOtherPreferencesFiles() throws IOException {
        assertThat(AvamarParser.detect(sample("mcserver.xml"))).contains(AvamarParser.Format.MCSERVER_XML);
        assertThat(AvamarParser.detect(prefs("backup/prefs.xml", "<entry key=\"max_concurrent_jobs\" value=\"480\"/>\n")))
                .contains(AvamarParser.Format.MCSERVER_XML);
        // The copy an upgrade leaves next to the live file is not read twice.
        assertThat(AvamarParser.detect(prefs("prefs/mcserver.xml.b4upgrade",
                "<entry key=\"repl_window_hours\" value=\"24\"/>\n"))).isEmpty();
        assertThat(AvamarParser.detect(prefs("eclipse-prefs.xml", "<entry key=\"font\" value=\"mono\"/>\n"))).isEmpty();
    }

    @Test
    void badValuesNameFileLineAndWhatWasExpected() {
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(prefs("mcserver.xml",
                "<entry key=\"repl_window_hours\" value=\"one day\" />\n"))))
                .isInstanceOf(InputException.class)
                .hasMessage("mcserver.xml: line 8: repl_window_hours = 'one day': expected hours, e.g. 24");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(prefs("mcserver.xml",
                "<entry key=\"percent_of_max_concurrent_jobs\" value=\"190\" />\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("line 8")
                .hasMessageContaining("a percentage 0..100");
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(prefs("mcserver.xml", "<entry value=\"1\" />\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("mcserver.xml: line 8: <entry> without key");
    }

    @Test
    void theDoctypeIsNeverLoadedAndEntitiesStayRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE preferences [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<preferences><root type=\"system\"><map><entry key=\"repl_window_hours\" value=\"&x;\"/></map></root>"
                + "</preferences>\n";
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(new InputFile("mcserver.xml",
                xxe.getBytes(StandardCharsets.UTF_8))))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("mcserver.xml: line ").hasMessageContaining("ENTITY");
    }

    @Test
    void aRepeatedKeyKeepsTheFirstAndSaysSo() {
        AvamarEnvironment env = new AvamarParser().parse(List.of(prefs("mcserver.xml",
                "<entry key=\"repl_window_hours\" value=\"24\" />\n<entry key=\"repl_window_hours\" value=\"48\" />\n")));
        assertThat(env.notes()).hasSize(2);
        assertThat(env.notes().get(1)).isEqualTo("mcserver.xml: line 9: repl_window_hours = 48 ignored: the first "
                + "repl_window_hours (mcserver.xml: line 8) = 24 is used");
    }

    @Test
    void twoMcserverFilesInOneBundleAreRefused() throws IOException {
        assertThatThrownBy(() -> new AvamarParser().parse(List.of(sample("mcserver.xml"),
                prefs("dc2/mcserver.xml", "<entry key=\"repl_window_hours\" value=\"24\" />\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("two mcserver.xml files");
    }
}
