package org.backupadvisor.datadomain.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
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
import org.backupadvisor.testkit.FuzzBundle;

/**
 * The Data Domain plugin end to end on fuzzed bundles ({@link FuzzBundle}): detect, parse, facts, and its contribution
 * to an Avamar replication path. Anything but an {@link InputException} is a finding. Seeds:
 * src/test/resources/org/backupadvisor/datadomain/fuzz/DataDomainPluginFuzzTestInputs/parse/.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DataDomainPluginFuzzTest {
    private static final DataDomainPlugin PLUGIN = new DataDomainPlugin();
    private static final BackupPath REPLICATION = new BackupPath("avamar:g", "avamar", Phase.REPLICATION,
            new ThroughputPath(List.of(), List.of(), List.of(), 1.0), List.of(Endpoint.destination("replication", null, "g")));

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        List<InputFile> files = FuzzBundle.files(data, "bundle/export");
        try {
            files.forEach(PLUGIN::detect);
            ProductEnvironment env = PLUGIN.parse(files);
            env.facts().forEach(Object::toString);
            PLUGIN.contribute(env, REPLICATION, Measurements.none()).toString();
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }
}
