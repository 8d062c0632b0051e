package org.backupadvisor.core.spi;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.engine.VersionScheme;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.ThroughputPath;

/**
 * One backup product (or target/platform). Found with {@link java.util.ServiceLoader}; a plugin brings its fact
 * classes, its parser, its throughput stages and its remediation text. Its rules live in rules/&lt;id&gt;/.
 */
public interface ProductPlugin {
    /** "commvault": the first part of every setting name and rule product. */
    String id();

    String displayName();

    /** The export formats this plugin reads, one line each, for "unknown file" errors and {@code advisor plugins}. */
    List<String> formats();

    /** How sure this plugin is that it can read {@code file}: empty when not its format. */
    java.util.Optional<Detection> detect(InputFile file);

    /**
     * What a file this plugin does not read is, when it recognises it as its product's ("a Commvault error response:
     * errorCode 2 ..."): the user hears that instead of "not an export". Default: nothing to say.
     */
    default Optional<String> explain(InputFile file) {
        return Optional.empty();
    }

    /** Parses every file detected as this product into one environment (objects joined by their ids/names). */
    ProductEnvironment parse(List<InputFile> files);

    /**
     * The data path as stream limits and capacities for {@code env} with {@code m}; null when the environment lacks
     * what the model needs. A plugin with one path implements this; one with several (per policy, per group, per
     * server) implements {@link #paths} instead, which is all the analysis calls. Called again on environments with recommendations applied, to price them, from
     * several threads at once: it must be a pure function of its arguments.
     */
    default ThroughputPath path(ProductEnvironment env, Measurements m) {
        return null;
    }

    /**
     * The paths this product owns in {@code env} (one per storage policy, policy or replication group), each naming
     * its endpoints so other plugins can contribute to it. Default: the single {@link #path} as a backup path.
     * Pure, like {@link #path}: called again with changes applied, from several threads.
     */
    default List<BackupPath> paths(ProductEnvironment env, Measurements m) {
        ThroughputPath p = path(env, m);
        return p == null ? List.of() : List.of(new BackupPath(id(), id(), Phase.BACKUP, p, List.of()));
    }

    /**
     * What this plugin adds to another product's {@code path} for the endpoints it matches (a host's NICs, an
     * appliance's sessions); {@link Contribution#NONE} when it matches none. Pure; called from several threads.
     */
    default Contribution contribute(ProductEnvironment env, BackupPath path, Measurements m) {
        return Contribution.NONE;
    }

    /** How the product spells versions and the rules' {@code @versions} ranges (default: dotted numbers). */
    default VersionScheme versionScheme() {
        return VersionScheme.DOTTED;
    }

    /** How to apply and roll back a recommendation in this product's own tools. */
    Remediation remediation(Recommendation r);

    /** How to act on advice that is not a knob change (default: the advice itself, nothing to roll back). */
    default Remediation remediation(Advice a) {
        return new Remediation(a.getText(), "Nothing to roll back until the advice is acted on.");
    }
}
