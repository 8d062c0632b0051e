package org.backupadvisor.platform.read;

import java.util.Optional;

/**
 * One value of a .reg export. {@code name} is "" for the key's default value ("@"). {@code value} is a Long for
 * REG_DWORD and REG_QWORD, a String for REG_SZ and REG_EXPAND_SZ (unexpanded, "%SystemRoot%\..."), a List of String
 * for REG_MULTI_SZ, and a byte[] for REG_BINARY and the rarer raw types (REG_NONE, REG_RESOURCE_LIST...).
 */
public record RegistryValue(String key, String name, String type, Object value, String file, int line) {
    public static final String SZ = "REG_SZ";
    public static final String EXPAND_SZ = "REG_EXPAND_SZ";
    public static final String MULTI_SZ = "REG_MULTI_SZ";
    public static final String DWORD = "REG_DWORD";
    public static final String QWORD = "REG_QWORD";
    public static final String BINARY = "REG_BINARY";

    /** The number of a REG_DWORD or REG_QWORD, empty for any other type. */
    public Optional<Long> dword() {
        return value instanceof Long l ? Optional.of(l) : Optional.empty();
    }
}
