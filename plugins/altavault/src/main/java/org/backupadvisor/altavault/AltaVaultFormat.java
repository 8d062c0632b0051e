package org.backupadvisor.altavault;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;

/** The AltaVault outputs this plugin reads. */
enum AltaVaultFormat {
    SHOW_VERSION("show-version", "show version"),
    RUNNING_CONFIG("running-config", "show running-config"),
    SHOW_INTERFACES("show-interfaces", "show interfaces"),
    YAML("altavault-yaml", "altavault.yaml (what no CLI output shows: cache use, operations during ingest, sessions)");

    final String id;
    final String label;

    AltaVaultFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    private static final Pattern CONFIG_MARK = Pattern.compile("(?m)^\\s*(datastore\\s+eviction|smb\\s+(share|multichannel)|ost\\s|nfs\\s+export)");
    private static final Pattern IF_LINE = Pattern.compile("(?m)^\\s*interface\\s+\\S+\\s+(ip\\s+address|mtu)\\s");

    static Optional<AltaVaultFormat> detect(InputFile f) {
        String base = f.name().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (base.equals("altavault.yaml") || base.equals("altavault.yml")) {
            return Optional.of(YAML);
        }
        if (f.looksLikeJson() || f.looksLikeXml()) {
            return Optional.empty();
        }
        String head = f.head(16 * 1024);
        if (head.contains("Product release:") && (head.contains("AltaVault") || head.contains("SteelStore"))) {
            return Optional.of(SHOW_VERSION);
        }
        if (CONFIG_MARK.matcher(head).find() && (IF_LINE.matcher(head).find() || head.contains("hostname"))) {
            return Optional.of(RUNNING_CONFIG);
        }
        if (head.lines().anyMatch(l -> l.matches("^Interface\\s+e0[a-l]\\s+state\\s*$"))) {
            return Optional.of(SHOW_INTERFACES);
        }
        return Optional.empty();
    }
}
