package org.backupadvisor.commvault.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.backupadvisor.commvault.CommvaultEnvironment;
import org.backupadvisor.commvault.CommvaultPlugin;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.junit.jupiter.api.Timeout;
import org.backupadvisor.testkit.FuzzBundle;

/**
 * The Commvault plugin end to end on fuzzed exports: detect, parse (one bundle of up to eight files, see
 * {@link FuzzBundle}), then what the analysis asks of the environment: facts, the version against rule version ranges, paths without and with tape
 * measurements. Anything but an {@link InputException} is a finding. Seeds:
 * src/test/resources/org/backupadvisor/commvault/fuzz/CommvaultPluginFuzzTestInputs/parse/.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommvaultPluginFuzzTest {
    private static final CommvaultPlugin PLUGIN = new CommvaultPlugin();
    private static final Measurements TAPE = Measurements.builder()
            .parse("tape.drives", "2", "fuzz").parse("tape.driveWrite", "120MB/s", "fuzz").build();
    /** Version ranges as rules declare them (and the SP forms the grammar allows). */
    private static final List<String> RANGES = List.of("v10-v11", "v11", "v11 SP20+", "v11 SP16 - v11 SP28");

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "commvault.dict")
    void parse(byte[] data) {
        List<InputFile> files = FuzzBundle.files(data, "bundle/export");
        try {
            for (InputFile f : files) {
                // The registry sniffs every file of a bundle with every plugin, whatever its product.
                PLUGIN.detect(f);
            }
            // Parsed even when detection says no: the parser must hold the same contract for anything it is given.
            CommvaultEnvironment env = (CommvaultEnvironment) PLUGIN.parse(files);
            env.facts();
            // The version the exports report: the Analyzer asks whether it is readable, the rule engine gates every rule
            // on it (range.includes(v)).
            env.version().ifPresent(v -> {
                PLUGIN.versionScheme().readable(v);
                for (String range : RANGES) {
                    PLUGIN.versionScheme().parseRange(range).orElseThrow().includes(v);
                }
            });
            env.measurements().toString();
            env.objects().forEach(Object::toString);
            for (Measurements m : List.of(Measurements.none(), TAPE, env.measurements())) {
                for (BackupPath p : PLUGIN.paths(env, m)) {
                    p.path();
                }
            }
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }
}
