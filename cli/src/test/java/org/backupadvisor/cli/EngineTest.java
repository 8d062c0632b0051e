package org.backupadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up's guess at the inputs: what it reads twice must stay small, and options are not inputs. */
class EngineTest {

    @Test
    void existingFilesAndFoldersAfterTheCommandAreTheGuess(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("subclient.xml"), "<App_GetSubClientPropertiesResponse/>");
        Path file = Files.writeString(dir.resolve("policy.json"), "{}");
        assertThat(Engine.smallInputs(List.of("analyze", folder.toString(), "--window", "48h", file.toString(),
                "--measure", "tape.drives=2", dir.resolve("missing.xml").toString())))
                .containsExactly(folder, file);
    }

    @Test
    void noGuessWhenTheInputsAreLarge(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("commcell.xml");
        Files.write(big, new byte[(4 << 20) + 1]);
        Path small = Files.writeString(dir.resolve("policy.json"), "{}");
        assertThat(Engine.smallInputs(List.of("analyze", small.toString(), big.toString()))).isEmpty();
    }

    @Test
    void noGuessWhenTheInputsAreMany(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 201; i++) {
            Files.writeString(dir.resolve("subclient-" + i + ".xml"), "<x/>");
        }
        assertThat(Engine.smallInputs(List.of("analyze", dir.toString()))).isEmpty();
    }

    @Test
    void noArgumentsNoGuess() {
        assertThat(Engine.smallInputs(List.of("analyze"))).isEmpty();
        assertThat(Engine.smallInputs(List.of())).isEmpty();
    }
}
