package org.backupadvisor.core.facts;

import org.backupadvisor.core.engine.VersionScheme;

/**
 * A product's version as the exports report it, a fact for rules of other products: a Windows host's advice can
 * depend on the AltaVault release it writes to. The Analyzer inserts one per product whose exports carry a version.
 */
public record ProductVersion(String product, String version, VersionScheme scheme) {

    public ProductVersion(String product, String version) {
        this(product, version, VersionScheme.DOTTED);
    }

    /** Below {@code bound} in the product's own scheme ("4.1.3" is below "4.2"). */
    public boolean isBelow(String bound) {
        return scheme.compare(version, bound) < 0;
    }

    public boolean isAtLeast(String bound) {
        return !isBelow(bound);
    }

    public String getProduct() {
        return product;
    }

    public String getVersion() {
        return version;
    }
}
