package org.backupadvisor.datadomain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;

class AutosupportTest {
    private static InputFile sample(String name) throws IOException {
        try (InputStream in = AutosupportTest.class.getResourceAsStream("/samples/" + name)) {
            return new InputFile(name, in.readAllBytes());
        }
    }

    private static InputFile asup(String general) {
        return new InputFile("asup.txt", ("Subject: autosupport\n\n==========  GENERAL INFO  ==========\n" + general
                + "\nNet Show Hardware\n-----------------\nPort   Speed\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void generalInfoGivesHostModelAndVersionAndTheSectionsAreCounted() throws IOException {
        DataDomainEnvironment env = new DataDomainParser().parse(List.of(sample("autosupport.txt")));
        assertThat(env.inputs()).extracting(i -> i.format()).containsExactly("autosupport");
        DataDomainSystem d = env.systems().get(0);
        assertThat(d.getHostname()).isEqualTo("dd-dc1.example.com");
        assertThat(d.getModel()).isEqualTo("DD9300");
        assertThat(d.getDdosVersion()).isEqualTo("6.1.2.20-606587");
        assertThat(d.origin()).isEqualTo("autosupport.txt: line 15");
        // No Avamar stream figures: the model's published replication soft limit alone.
        assertThat(d.getReplicationStreamLimit()).isEqualTo(440);
        assertThat(env.version()).contains("6.1.2.20");
        assertThat(env.notes()).containsExactly("autosupport.txt: autosupport of dd-dc1.example.com: read HOSTNAME, "
                + "MODEL_NO DD9300, VERSION 6.1.2.20-606587 from GENERAL INFO; 3 other section(s) not read (e.g. "
                + "Proactive Disk Check, Net Show Hardware, Replication Throttle)");
    }

    @Test
    void theSameSystemFromAvamarAndItsAutosupportIsOneSystem() throws IOException {
        DataDomainEnvironment env = new DataDomainParser().parse(List.of(sample("avamar-get-datadomains.json"),
                sample("autosupport.txt")));
        assertThat(env.systems()).singleElement().satisfies(d -> {
            assertThat(d.getHostname()).isEqualTo("dd-dc1.example.com");
            assertThat(d.getMaxStreamsLimit()).isEqualTo(640);
            assertThat(d.getReplicationStreamLimit()).isEqualTo(440);
            assertThat(d.origin()).contains("avamar-get-datadomains.json").contains("autosupport.txt: line 15");
        });
        // A short host name in the ASUP is the same system; a conflicting model is said, Avamar's is used.
        DataDomainEnvironment other = new DataDomainParser().parse(List.of(sample("avamar-get-datadomains.json"),
                asup("VERSION=Data Domain OS 7.10.1.0-1016743\nMODEL_NO=DD6900\nHOSTNAME=dd-dc1\n")));
        assertThat(other.systems()).singleElement().satisfies(d -> assertThat(d.getModel()).isEqualTo("DD9300"));
        assertThat(other.notes()).anySatisfy(n -> assertThat(n).contains("MODEL_NO DD6900 differs from")
                .contains("DD9300 is used"));
    }

    @Test
    void detectsAutosupportsOnly() throws IOException {
        assertThat(DataDomainParser.detect(sample("autosupport.txt"))).contains(DataDomainParser.Format.AUTOSUPPORT);
        assertThat(DataDomainParser.detect(new InputFile("notes.txt",
                "GENERAL INFO: the DD is a DD9300\n".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void badGeneralInfoIsOneLineNamingFileAndLine() {
        assertThatThrownBy(() -> new DataDomainParser().parse(List.of(asup("MODEL_NO=DD9300\nHOSTNAME=\n"))))
                .isInstanceOf(InputException.class).hasMessageContaining("asup.txt: line 5: HOSTNAME = ''")
                .hasMessageContaining("expected the system's host name");
        assertThatThrownBy(() -> new DataDomainParser().parse(List.of(asup(
                "VERSION=6.2\nMODEL_NO=DD9300\nHOSTNAME=dd1\n")))).isInstanceOf(InputException.class)
                .hasMessage("asup.txt: line 4: VERSION = '6.2': expected 'Data Domain OS 6.2.0.20-620803'");
        assertThatThrownBy(() -> new DataDomainParser().parse(List.of(new InputFile("asup.txt",
                "==========  GENERAL INFO  ==========\nMODEL_NO=DD9300\n\nHOSTNAME=dd1\n".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(InputException.class).hasMessageContaining("asup.txt: line 1: HOSTNAME missing");
    }
}
