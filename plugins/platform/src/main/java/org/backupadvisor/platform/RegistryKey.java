package org.backupadvisor.platform;

import java.util.Map;

/**
 * One registry key of a Windows host's .reg export that 000 §4.1 tunes (LanmanWorkstation, AFD and Tcpip
 * parameters), with its DWORD values. Every such key exists for a host whose .reg files were given, exported or not:
 * a value the export does not carry is not set on the host (Windows then uses its default).
 * Object id: {@code HOST:HKLM\SYSTEM\CurrentControlSet\Services\...\Parameters} (DESIGN.md §8).
 */
public final class RegistryKey extends PlatformObject {
    public static final String TYPE = "registry";
    public static final String LANMAN = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanWorkstation\\Parameters";
    public static final String AFD = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\AFD\\Parameters";
    public static final String TCPIP = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters";

    private final String host;
    private final String key;
    private final boolean exported;

    RegistryKey(String host, String key, String origin, Map<String, Object> values, boolean exported) {
        super(host + ":" + key, origin, values);
        this.host = host;
        this.key = key;
        this.exported = exported;
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getHost() {
        return host;
    }

    /** "HKLM\SYSTEM\CurrentControlSet\Services\AFD\Parameters". */
    public String getKey() {
        return key;
    }

    /** Whether the key itself was in the export (absent: none of its values is set). */
    public boolean isExported() {
        return exported;
    }

    /** A DWORD value, or null when not set. */
    public Long value(String name) {
        return asLong(field(name));
    }

    /** 000 §4.1: the value each tuned key should carry (DWORD), in the seed's order. */
    static final Map<String, Map<String, Long>> SEED_VALUES = Map.of(
            LANMAN, java.util.Map.of("SESSTIMEOUT", 0xe10L),
            AFD, java.util.Map.of("DefaultSendWindow", 0x40000L, "DefaultReceiveWindow", 0x40000L),
            TCPIP, java.util.Map.of("GlobalMaxTcpWindowSize", 0x40000L, "TcpWindowSize", 0x40000L, "Tcp1323Opts", 3L));

    /** What each §4.1 value does, for the recommendation's why. */
    private static final Map<String, String> PURPOSE = Map.of(
            "SESSTIMEOUT", "the SMB client's session timeout in seconds: long appliance operations no longer drop the session",
            "DefaultSendWindow", "the Winsock (AFD) send buffer: one SMB connection keeps more data in flight",
            "DefaultReceiveWindow", "the Winsock (AFD) receive buffer: restores read with more data in flight",
            "GlobalMaxTcpWindowSize", "the largest TCP receive window the host offers",
            "TcpWindowSize", "the TCP receive window per connection",
            "Tcp1323Opts", "RFC 1323 window scaling and timestamps (3 = both): windows above 64 KB become usable");

    /** One §4.1 value this key lacks or holds below the seed's: {@code current} null when not set. */
    public record Shortfall(String name, Long current, long recommended) {
        public String purpose() {
            return PURPOSE.getOrDefault(name, name);
        }
    }

    /** The §4.1 values of this key that are not set or below the seed's value, by name. */
    public java.util.List<Shortfall> getShortfalls() {
        return SEED_VALUES.getOrDefault(key, Map.of()).entrySet().stream()
                .filter(e -> value(e.getKey()) == null || value(e.getKey()) < e.getValue())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Shortfall(e.getKey(), value(e.getKey()), e.getValue())).toList();
    }

    @Override
    RegistryKey with(String name, Object value) {
        Map<String, Object> f = fields();
        f.put(name, value);
        return new RegistryKey(host, key, origin(), f, exported);
    }
}
