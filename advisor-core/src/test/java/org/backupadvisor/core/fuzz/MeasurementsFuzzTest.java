package org.backupadvisor.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.measure.MeasurementKey;
import org.backupadvisor.core.measure.Measurements;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@code --measure key=value}: the fuzzed text is tried as the value of every {@link MeasurementKey} (rate,
 * size, duration, percent and count keys alike), and once as an unknown key.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MeasurementsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"%", "_", "MB/s", "Gbit/s", "TB", "ms", "PT", "-", "9999999999999999999999", "NaN",
            "Infinity", "0x", "1e9"})
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (MeasurementKey k : MeasurementKey.values()) {
            try {
                Measurements m = Measurements.builder().parse(k.key(), text, "fuzz --measure").build();
                m.toString();
                m.getTapeDrives();
                m.getNetworkMtu();
                m.getTargetSessions();
            } catch (InputException expected) {
                // the contract: bad input is reported, nothing else escapes
            }
        }
        try {
            Measurements.builder().parse(text, "1", "fuzz --measure");
        } catch (InputException expected) {
            // an unknown key is bad input too
        }
    }
}
