package org.backupadvisor.avamar.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.backupadvisor.avamar.AvamarPlugin;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.junit.jupiter.api.Timeout;
import org.backupadvisor.testkit.FuzzBundle;

/**
 * The Avamar plugin end to end on fuzzed bundles ({@link FuzzBundle}): detect, parse, the facts the rules get, the
 * replication paths with and without a WAN. Anything but an {@link InputException} is a finding. Seeds (the samples,
 * one file each, and S2 as a bundle): src/test/resources/org/backupadvisor/avamar/fuzz/AvamarPluginFuzzTestInputs/parse/.
 * {@code mvn test} replays the seeds; bench/fuzz.sh fuzzes.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AvamarPluginFuzzTest {
    private static final AvamarPlugin PLUGIN = new AvamarPlugin();
    private static final Measurements WAN = Measurements.builder().parse("network.rtt", "80ms", "fuzz")
            .parse("network.loss", "0.5%", "fuzz").build();

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        List<InputFile> files = FuzzBundle.files(data, "bundle/export");
        try {
            files.forEach(PLUGIN::detect);
            ProductEnvironment env = PLUGIN.parse(files);
            env.facts().forEach(Object::toString);
            for (Measurements m : List.of(Measurements.none(), WAN, env.measurements())) {
                for (BackupPath p : PLUGIN.paths(env, m)) {
                    p.path();
                }
            }
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }
}
