package org.backupadvisor.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.junit.jupiter.api.Timeout;

/** Fuzzes the text decoder every text reader starts from (BOMs, UTF-16 LE sniffing, UTF-8 vs windows-1252). */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TextLinesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void lines(byte[] data) {
        try {
            TextLines.of(new InputFile("fuzz/export.txt", data));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }
}
