package org.backupadvisor.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.InputLoader;
import org.junit.jupiter.api.Timeout;

/** Fuzzes the in-memory zip reader (the server's uploads): bad archives, unsafe paths, bombs. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"PK\u0003\u0004", "PK\u0001\u0002", "PK\u0005\u0006", "PK\u0007\u0008", "../", "__MACOSX/",
            ".DS_Store", "C:", "\\"})
    void zip(byte[] data) {
        try {
            InputLoader.of(List.of(new InputFile("fuzz/bundle.zip", data)));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }
}
