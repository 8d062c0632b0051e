package org.backupadvisor.core.analysis;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one place the Analysis JSON shape is written and read. */
public final class AnalysisJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AnalysisJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Streams the JSON to {@code out} (left open). */
    public static void write(Object value, java.io.Writer out) {
        MAPPER.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
    }

    public static Analysis read(String json) {
        return MAPPER.readValue(json, Analysis.class);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
