package org.backupadvisor.core.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.Node;
import org.backupadvisor.core.input.Trees;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the JSON and XML readers with raw export bytes. The contract (DESIGN.md §4): bad input ends as an
 * {@link InputException}; any other exception, a hang or runaway memory is a finding. Regression seeds:
 * src/test/resources/org/backupadvisor/core/fuzz/TreesFuzzTestInputs/{json,xml,xmlDoctypeIgnored}/. Fuzzing: bench/fuzz.sh.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TreesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"{", "}", "[", "]", "\":", "null", "true", "1e999", "-0.0", "\\u0000", "\\ud800"})
    void json(byte[] data) {
        try {
            walk(Trees.json(new InputFile("fuzz/export.json", data)));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"<?xml version=\"1.0\"?>", "<!DOCTYPE a [<!ENTITY e \"x\">]>", "<![CDATA[", "]]>", "&e;",
            "&#0;", "&#x10FFFF;", "&amp;", "xmlns:a=\"u\"", "<a:b/>", "<?pi x?>", "<!-- -->", " x=\"1\"", "</a>"})
    void xml(byte[] data) {
        try {
            walk(Trees.xml(new InputFile("fuzz/export.xml", data)));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    /** The opt-in mode for java.util.prefs files: DOCTYPE skipped, never loaded; the same contract holds. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">", "<!DOCTYPE a [",
            "<!ENTITY e \"x\">", "<!ENTITY % p SYSTEM \"file:///\">", "%p;", "]>", "&e;", "<entry key=\"k\" value=\"v\"/>",
            "<root type=\"system\">", "<map/>", "<node name=\"n\">"})
    void xmlDoctypeIgnored(byte[] data) {
        try {
            walk(Trees.xml(new InputFile("fuzz/mcserver.xml", data), Trees.Doctype.IGNORE));
        } catch (InputException expected) {
            // the contract: bad input is reported, nothing else escapes
        }
    }

    /** Touches every node the way the plugins do, so a tree the readers build half-broken shows up here. */
    static void walk(Node n) {
        n.name();
        n.value();
        n.origin();
        for (Node c : n.children()) {
            walk(c);
        }
    }
}
