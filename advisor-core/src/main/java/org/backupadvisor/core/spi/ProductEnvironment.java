package org.backupadvisor.core.spi;

import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;

/**
 * What a plugin parsed from one bundle: the configuration objects (facts for the rules), the measurements the
 * exports themselves carry (job history), and which format each file was read as.
 */
public interface ProductEnvironment {
    String product();

    List<ConfigObject> objects();

    /** Everything to insert into the rule session: the objects plus any joins the plugin derives (default: objects). */
    default List<Object> facts() {
        return new java.util.ArrayList<>(objects());
    }

    /** Measurements found in the exports (e.g. job throughput); the user's own values override them. */
    Measurements measurements();

    List<ParsedInput> inputs();

    /**
     * What parsing passed over without failing the whole environment ("skipped: the copy in x — ..."): one object
     * that cannot be read is reported and the rest is analysed. Shown with the report's inputs.
     */
    default List<String> notes() {
        return List.of();
    }

    /** The product version the exports report (e.g. Commvault "11.28.56"), used to gate rules by their @versions. */
    default java.util.Optional<String> version() {
        return java.util.Optional.empty();
    }

    /**
     * The same environment with {@code changes} applied (recommended values written into the objects). Used by the
     * planner to price a change and by tests to check that a plan converges.
     */
    ProductEnvironment apply(List<Recommendation> changes);

    /** One input file and the format it was read as. */
    record ParsedInput(String file, String format, byte[] content) {
    }
}
