package org.backupadvisor.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.core.units.DataSize;
import org.backupadvisor.core.units.Durations;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the unit parsers with the text a user or an export gives (seed files are that text, UTF-8). A value the
 * parser accepts must also format again ({@code toString()}), as every report does.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class UnitsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"MB/s", "GB/hr", "TB/hr", "mb/s", "Gbit/s", "Gbps", "ps", "/sec", "/min", "/day", "KiB", "PiB",
            "9999999999999999999999", ".5", " "})
    void dataRate(byte[] data) {
        try {
            DataRate r = DataRate.parse(text(data));
            r.toString();
            r.toPerHourString();
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"TB", "TiB", "GB", "MB", "KB", "PB", "B", "bit", "bits", "bytes", "Gbit", "tb",
            "9999999999999999999999", ".5", " "})
    void dataSize(byte[] data) {
        try {
            DataSize.parse(text(data)).toString();
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"PT", "P", "D", "H", "M", "S", "T", "-", "ms", "min", "h", "d", "w", "weeks",
            "9999999999999999999999", ".5", " "})
    void durations(byte[] data) {
        try {
            Durations.format(Durations.parse(text(data)));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
