package org.backupadvisor.altavault;

import java.util.Map;
import java.util.Set;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code altavault.yaml}: the small description an admin writes for what no public AltaVault CLI sample shows
 * (README "AltaVault inputs"). Keys: {@code appliance}, {@code cacheUsedPercent} (0-100), {@code sessions}, {@code restoreSessions},
 * {@code ingestPerDay} (a size), {@code replicationInterface} (e0d), {@code duringIngest} (a list of verify,
 * restore, syntheticFull, antivirus, smallFiles). Any other key is refused, so a typo is not silently ignored.
 */
final class AltaVaultYaml {
    private static final Set<String> KEYS = Set.of("appliance", "cacheUsedPercent", "sessions", "restoreSessions", "ingestPerDay",
            "replicationInterface", "duringIngest");

    private AltaVaultYaml() {
    }

    static void read(InputFile f, Map<String, Object> fields, Set<String> during) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(f.utf8());
        } catch (RuntimeException e) {
            throw new InputException(f.name() + ": not valid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(f.name() + ": expected a YAML mapping of " + KEYS);
        }
        for (String k : root.propertyNames()) {
            if (!KEYS.contains(k)) {
                throw new InputException(f.name() + ": unknown key '" + k + "': expected one of " + new java.util.TreeSet<>(KEYS));
            }
        }
        if (root.has("appliance")) {
            fields.put("appliance", root.get("appliance").asString().toLowerCase(java.util.Locale.ROOT));
        }
        if (root.has("cacheUsedPercent")) {
            fields.put("cacheUsedPercent", whole(root.get("cacheUsedPercent"), 0, 100, f, "cacheUsedPercent"));
        }
        if (root.has("sessions")) {
            fields.put("sessions", whole(root.get("sessions"), 0, 100000, f, "sessions"));
        }
        if (root.has("restoreSessions")) {
            fields.put("restoreSessions", whole(root.get("restoreSessions"), 0, 100000, f, "restoreSessions"));
        }
        if (root.has("ingestPerDay")) {
            fields.put("ingestPerDay", AltaVaultParser.bytes(root.get("ingestPerDay").asString(), f.name() + ": ingestPerDay"));
        }
        if (root.has("replicationInterface")) {
            fields.put("replicationInterface", root.get("replicationInterface").asString());
        }
        if (root.has("duringIngest")) {
            JsonNode list = root.get("duringIngest");
            if (!list.isArray()) {
                throw new InputException(f.name() + ": duringIngest: expected a list of " + AltaVaultParser.OPERATIONS);
            }
            for (JsonNode n : list) {
                String op = n.asString();
                if (!AltaVaultParser.OPERATIONS.contains(op)) {
                    throw new InputException(f.name() + ": duringIngest: '" + op + "': expected one of "
                            + new java.util.TreeSet<>(AltaVaultParser.OPERATIONS));
                }
                during.add(op);
            }
            fields.put("operationsDescribed", true);
        }
    }

    private static int whole(JsonNode n, int min, int max, InputFile f, String key) {
        if (!n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            throw new InputException(f.name() + ": " + key + ": '" + n.asString() + "': expected a whole number " + min + "-" + max);
        }
        return n.asInt();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
