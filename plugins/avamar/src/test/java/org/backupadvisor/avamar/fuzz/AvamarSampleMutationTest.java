package org.backupadvisor.avamar.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.backupadvisor.avamar.AvamarPlugin;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.backupadvisor.testkit.Mutations;

/**
 * Every Avamar sample, damaged ({@link Mutations}: truncated, bytes flipped, runs dropped or repeated), read alone and
 * next to an intact replication group: the plugin gives a result or one {@link InputException} whose message is a
 * single line naming the file; never another exception.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AvamarSampleMutationTest {
    private static final AvamarPlugin PLUGIN = new AvamarPlugin();
    private static final Measurements WAN = Measurements.builder().parse("network.rtt", "80ms", "test")
            .parse("network.loss", "0.5%", "test").build();

    static Stream<String> samples() {
        return Stream.of("get-replication-group.json", "post-replication-group-dto.json", "repl_cron.cfg",
                "mccli-activity-show.xml", "mcserver.xml", "v_activities_2.csv");
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = AvamarSampleMutationTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDamagedSampleIsAResultOrOneLineNamingTheFile(String name) throws IOException {
        InputFile group = new InputFile("get-replication-group.json", sample("get-replication-group.json"));
        int i = 0;
        for (byte[] damaged : Mutations.of(sample(name), name.hashCode(), 150)) {
            InputFile f = new InputFile("damaged/" + name, damaged);
            check(f, List.of(f), i);
            if (!name.equals("get-replication-group.json")) {
                check(f, List.of(group, f), i);
            }
            i++;
        }
    }

    private static void check(InputFile f, List<InputFile> files, int i) {
        try {
            files.forEach(PLUGIN::detect);
            ProductEnvironment env = PLUGIN.parse(files);
            env.facts().forEach(Object::toString);
            env.notes().forEach(String::length);
            for (Measurements m : List.of(Measurements.none(), WAN, env.measurements())) {
                for (BackupPath p : PLUGIN.paths(env, m)) {
                    p.path();
                }
            }
        } catch (InputException e) {
            assertThat(e.getMessage()).as("mutation %d of %s", i, f.name()).doesNotContain("\n")
                    .contains(f.name());
        } catch (RuntimeException | StackOverflowError e) {
            fail("mutation " + i + " of " + f.name() + " threw " + e + "; input: "
                    + new String(f.content(), java.nio.charset.StandardCharsets.ISO_8859_1), e);
        }
    }
}
