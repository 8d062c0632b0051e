package org.backupadvisor.datadomain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.datadomain.DataDomainPlugin;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.backupadvisor.testkit.Mutations;

/**
 * Every Data Domain sample, damaged ({@link Mutations}): the plugin gives a result or one {@link InputException}
 * whose message is a single line naming the file; never another exception.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DataDomainSampleMutationTest {
    private static final DataDomainPlugin PLUGIN = new DataDomainPlugin();
    /** An Avamar replication path, as the composed path hands it to the Data Domain plugin. */
    private static final BackupPath REPLICATION = new BackupPath("avamar:g", "avamar", Phase.REPLICATION,
            new ThroughputPath(List.of(), List.of(), List.of(), 1.0), List.of(Endpoint.destination("replication", null, "g")));

    static Stream<String> samples() {
        return Stream.of("avamar-get-datadomains.json", "replication-show-config.txt", "autosupport.txt");
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = DataDomainSampleMutationTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDamagedSampleIsAResultOrOneLineNamingTheFile(String name) throws IOException {
        int i = 0;
        for (byte[] damaged : Mutations.of(sample(name), name.hashCode(), 400)) {
            InputFile f = new InputFile("damaged/" + name, damaged);
            try {
                PLUGIN.detect(f);
                ProductEnvironment env = PLUGIN.parse(List.of(f));
                env.facts().forEach(Object::toString);
                env.notes().forEach(String::length);
                PLUGIN.contribute(env, REPLICATION, Measurements.none()).toString();
            } catch (InputException e) {
                assertThat(e.getMessage()).as("mutation %d of %s", i, name).doesNotContain("\n").contains(f.name());
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutation " + i + " of " + name + " threw " + e + "; input: "
                        + new String(damaged, java.nio.charset.StandardCharsets.ISO_8859_1), e);
            }
            i++;
        }
    }
}
