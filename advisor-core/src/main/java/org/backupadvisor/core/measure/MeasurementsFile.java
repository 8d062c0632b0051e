package org.backupadvisor.core.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.backupadvisor.core.input.InputException;

/** {@code --measurements FILE}: a JSON or YAML object of measurement keys to values with units. */
public final class MeasurementsFile {
    private MeasurementsFile() {
    }

    public static void read(Path file, Measurements.Builder into) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(name + ": no such measurements file");
        }
        ObjectMapper mapper = name.toLowerCase(java.util.Locale.ROOT).endsWith(".yaml") || name.toLowerCase(java.util.Locale.ROOT).endsWith(".yml") ? new YAMLMapper() : new JsonMapper();
        JsonNode root;
        try {
            // Read through a bound: a size the file system reports is not trusted (/proc files say 0).
            byte[] content;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((1 << 20) + 1);
            }
            if (content.length > 1 << 20) {
                throw new InputException(name + ": measurements file larger than 1 MiB");
            }
            root = mapper.readTree(content);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw InputException.at(name, line, "malformed " + (mapper instanceof YAMLMapper ? "YAML" : "JSON") + ": "
                    + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(name + ": expected an object of measurement keys, e.g. {\"tape.drives\": 2, \"tape.driveWrite\": \"120MB/s\"}");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw new InputException(name + ": " + e.getKey() + ": expected a value such as \"120MB/s\" or 2");
            }
            into.parse(e.getKey(), v.asString(), name);
        }
    }
}
