package org.backupadvisor.netbackup;

import java.util.Map;
import java.util.Set;

/**
 * The buffer touch files of one media server (research §1.7): each a file holding one whole number of bytes, named
 * like the original ({@code SIZE_DATA_BUFFERS_DISK}, {@code NET_BUFFER_SZ}, ...). A file that is absent means the
 * product default; {@code NET_BUFFER_SZ} present with 0 is not the same as absent.
 */
public final class TouchFiles extends NetBackupObject {
    public static final String TYPE = "touchFile";
    public static final Set<String> NAMES = Set.of("SIZE_DATA_BUFFERS", "SIZE_DATA_BUFFERS_DISK", "NUMBER_DATA_BUFFERS",
            "NUMBER_DATA_BUFFERS_DISK", "SIZE_DATA_BUFFERS_FT", "NUMBER_DATA_BUFFERS_FT", "SIZE_DATA_BUFFERS_NDMP",
            "NUMBER_DATA_BUFFERS_NDMP", "SIZE_DATA_BUFFERS_RESTORE", "NUMBER_DATA_BUFFERS_RESTORE",
            "CD_SIZE_DATA_BUFFERS", "CD_NUMBER_DATA_BUFFERS", "NET_BUFFER_SZ", "NET_BUFFER_SZ_REST");

    TouchFiles(String host, String origin, Map<String, Object> values) {
        super(host, origin, values);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getHost() {
        return objectId();
    }

    /** The file's value in bytes, or null when the file is absent. */
    public Long value(String name) {
        Object v = field(name);
        return v instanceof Number n ? n.longValue() : null;
    }

    public boolean has(String name) {
        return field(name) != null;
    }

    public Long getNetBufferSz() {
        return value("NET_BUFFER_SZ");
    }

    public Long getSizeDataBuffersDisk() {
        return value("SIZE_DATA_BUFFERS_DISK");
    }

    public Long getNumberDataBuffersDisk() {
        return value("NUMBER_DATA_BUFFERS_DISK");
    }

    public Long getSizeDataBuffers() {
        return value("SIZE_DATA_BUFFERS");
    }

    @Override
    TouchFiles with(String name, Object value) {
        return new TouchFiles(objectId(), origin(), changed(name, value));
    }
}
