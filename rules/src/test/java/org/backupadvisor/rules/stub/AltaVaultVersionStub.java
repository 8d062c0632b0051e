package org.backupadvisor.rules.stub;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/**
 * Test-only stand-in for the AltaVault plugin (issue "NetBackup and the AltaVault target appliance"): reads just the
 * "Product release:" line of a {@code show version} text, so platform rules gated on the AltaVault release can be
 * fixture-tested before the real reader exists. Not on the product's class path.
 */
public final class AltaVaultVersionStub implements ProductPlugin {

    @Override
    public String id() {
        return "altavault";
    }

    @Override
    public String displayName() {
        return "AltaVault (test stub: show version only)";
    }

    @Override
    public List<String> formats() {
        return List.of("show version (test stub)");
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        String head = file.head(4096);
        return head.contains("Product name:") && head.contains("AltaVault") && head.contains("Product release:")
                ? Optional.of(new Detection(90, "show-version")) : Optional.empty();
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        String release = null;
        for (InputFile f : files) {
            for (TextLines.Line l : TextLines.of(f)) {
                if (l.text().trim().startsWith("Product release:")) {
                    release = l.text().substring(l.text().indexOf(':') + 1).trim();
                }
            }
        }
        String version = release;
        return new ProductEnvironment() {
            @Override
            public String product() {
                return "altavault";
            }

            @Override
            public List<ConfigObject> objects() {
                return List.of();
            }

            @Override
            public Measurements measurements() {
                return Measurements.none();
            }

            @Override
            public List<ParsedInput> inputs() {
                return files.stream().map(f -> new ParsedInput(f.name(), "show-version", f.content())).toList();
            }

            @Override
            public Optional<String> version() {
                return Optional.ofNullable(version);
            }

            @Override
            public ProductEnvironment apply(List<Recommendation> changes) {
                return this;
            }
        };
    }

    @Override
    public Remediation remediation(Recommendation r) {
        throw new IllegalStateException("the AltaVault stub has no rules");
    }
}
