package org.backupadvisor.acceptance;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/**
 * A test-only plugin (registered for the acceptance tests' class path) that claims "*.faulty" files and fails while
 * parsing them, as a buggy plugin would: the CLI must answer exit 3 with one line, not a stack trace.
 */
public final class FaultyPlugin implements ProductPlugin {
    @Override
    public String id() {
        return "faulty";
    }

    @Override
    public String displayName() {
        return "Faulty (test)";
    }

    @Override
    public List<String> formats() {
        return List.of("*.faulty (test only)");
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        return file.name().endsWith(".faulty") ? Optional.of(new Detection(100, "faulty")) : Optional.empty();
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        throw new IllegalStateException("parser bug\nsecond line that must not reach the user");
    }

    @Override
    public ThroughputPath path(ProductEnvironment env, Measurements m) {
        return null;
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return new Remediation("-", "-");
    }
}
