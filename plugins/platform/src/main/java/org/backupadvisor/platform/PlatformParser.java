package org.backupadvisor.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;
import org.backupadvisor.platform.read.EtcSystemSetting;
import org.backupadvisor.platform.read.NfsMount;
import org.backupadvisor.platform.read.Nic;
import org.backupadvisor.platform.read.PlatformFormat;
import org.backupadvisor.platform.read.RegFile;
import org.backupadvisor.platform.read.RegistryValue;

/**
 * Reads every platform file of a bundle and joins them per host. Which host a file describes: the file says so (a
 * .reg's Hostname/ComputerName, Get-NetAdapter's SystemName), else the folder it sits in
 * ({@code <bundle>/<host>/...}, README "Platform inputs").
 */
final class PlatformParser {

    private final Map<String, HostParts> hosts = new LinkedHashMap<>();
    private final List<ParsedInput> inputs = new ArrayList<>();

    private static final class HostParts {
        String os;
        String origin;
        /** By interface name, in the order first seen: ethtool and ip link describe the same NICs. */
        final Map<String, Nic> nics = new LinkedHashMap<>();
        final List<NfsMount> mounts = new ArrayList<>();
        final Map<String, Object> etcSystem = new HashMap<>();
        String etcSystemOrigin;
        final List<RegistryValue> registry = new ArrayList<>();
        String registryOrigin;
        /** IPv4 routes of route print; null when the host's route table was not exported. */
        List<org.backupadvisor.platform.read.Route> routes;
    }

    PlatformEnvironment parse(List<InputFile> files) {
        for (InputFile f : files) {
            PlatformFormat format = PlatformFormat.detect(f).orElseThrow(() -> new InputException(f.name()
                    + ": not a platform export"));
            String host = hostOf(f);
            HostParts h = hosts.computeIfAbsent(host, k -> new HostParts());
            if (h.origin == null) {
                h.origin = f.name();
            }
            inputs.add(new ParsedInput(f.name(), format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), f.content()));
            switch (format) {
                case ETHTOOL, IP_LINK_JSON, NET_ADAPTER_JSON -> mergeNics(h, PlatformFormat.nics(f, format));
                case ETC_SYSTEM -> {
                    h.os = "solaris";
                    h.etcSystemOrigin = f.name();
                    for (EtcSystemSetting s : org.backupadvisor.platform.read.EtcSystem.read(TextLines.of(f))) {
                        if (s.module().equals("nfs") && s.numericValue() != null) {
                            h.etcSystem.put("nfs:" + s.name(), s.numericValue());
                            // Evidence: the first NFS line of the file, where the change goes.
                            if (h.etcSystemOrigin.equals(f.name())) {
                                h.etcSystemOrigin = s.file() + ": line " + s.line();
                            }
                        }
                    }
                }
                case REG -> {
                    h.os = "windows";
                    h.registryOrigin = h.registryOrigin == null ? f.name() : h.registryOrigin;
                    h.registry.addAll(RegFile.values(TextLines.of(f)));
                }
                case ROUTE_PRINT -> {
                    h.os = "windows";
                    h.routes = h.routes == null ? new ArrayList<>() : h.routes;
                    h.routes.addAll(org.backupadvisor.platform.read.RoutePrint.read(TextLines.of(f)));
                }
                default -> {
                    List<NfsMount> mounts = PlatformFormat.nfsMounts(f, format);
                    h.mounts.addAll(mounts);
                    if (!mounts.isEmpty() && h.os == null) {
                        h.os = mounts.get(0).os();
                    }
                }
            }
        }
        return build();
    }

    /** ethtool gives speed, `ip link` the MTU of the same interface: one NIC per name, fields filled from both. */
    private static void mergeNics(HostParts h, List<Nic> nics) {
        for (Nic n : nics) {
            h.nics.merge(n.name(), n, (o, x) -> new Nic(o.name(), first(o.speedBitsPerSecond(), x.speedBitsPerSecond()),
                    first(o.duplex(), x.duplex()), first(o.linkUp(), x.linkUp()), first(o.mtu(), x.mtu()),
                    o.file(), o.line()));
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private PlatformEnvironment build() {
        List<Host> out = new ArrayList<>();
        List<PlatformObject> tunables = new ArrayList<>();
        hosts.forEach((name, h) -> {
            boolean altaVault = h.mounts.stream().anyMatch(m -> m.export().startsWith("/rfs/"));
            out.add(new Host(name, h.origin, h.os, List.copyOf(h.nics.values()), windowsVersion(h.registry), altaVault,
                    h.routes));
            Long required = null;
            for (NfsMount m : h.mounts) {
                NfsMountPoint mp = new NfsMountPoint(name, m);
                tunables.add(mp);
                if (mp.getMinTransfer() != null && (required == null || mp.getMinTransfer() > required)) {
                    required = mp.getMinTransfer();
                }
            }
            if (h.etcSystemOrigin != null) {
                tunables.add(new EtcSystem(name, h.etcSystemOrigin, h.etcSystem, required));
            }
            if (h.registryOrigin != null) {
                for (String key : List.of(RegistryKey.LANMAN, RegistryKey.AFD, RegistryKey.TCPIP)) {
                    Map<String, Object> values = new HashMap<>();
                    String origin = null;
                    for (RegistryValue v : h.registry) {
                        if (sameKey(v.key(), key)) {
                            origin = origin == null ? v.file() + ": line " + v.line() : origin;
                            v.dword().ifPresent(d -> values.put(v.name(), d));
                        }
                    }
                    // A key no file exported: its evidence is the host's registry export as a whole.
                    tunables.add(new RegistryKey(name, key, origin == null ? h.registryOrigin : origin, values,
                            origin != null));
                }
            }
        });
        return new PlatformEnvironment(out, tunables, inputs);
    }

    private static final String CURRENT_VERSION = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";

    /** NT version from CurrentVersion: CurrentMajor/MinorVersionNumber (Windows 10 / 2016+), else CurrentVersion ("6.3"). */
    private static String windowsVersion(List<RegistryValue> values) {
        Long major = null;
        Long minor = null;
        String legacy = null;
        for (RegistryValue v : values) {
            if (!sameKey(v.key(), CURRENT_VERSION)) {
                continue;
            }
            switch (v.name()) {
                case "CurrentMajorVersionNumber" -> major = v.dword().orElse(null);
                case "CurrentMinorVersionNumber" -> minor = v.dword().orElse(null);
                case "CurrentVersion" -> legacy = v.value() instanceof String str ? str : null;
                default -> { }
            }
        }
        return major != null ? major + "." + (minor == null ? 0 : minor) : legacy;
    }

    /** "HKEY_LOCAL_MACHINE\SYSTEM\...\lanmanworkstation\parameters" is "HKLM\SYSTEM\...\LanmanWorkstation\Parameters". */
    static boolean sameKey(String exported, String key) {
        String e = exported.replaceFirst("(?i)^HKEY_LOCAL_MACHINE", "HKLM");
        return e.equalsIgnoreCase(key);
    }

    /** The host a file describes: its own word for it, else its folder, else the file name without extension. */
    static String hostOf(InputFile f) {
        String said = PlatformFormat.hostOf(f);
        if (said != null && !said.isBlank()) {
            return org.backupadvisor.core.model.Endpoint.shortName(said);
        }
        String[] parts = f.name().replace('\\', '/').replaceFirst("^.*!/", "").split("/");
        if (parts.length >= 2) {
            return parts[parts.length - 2].toLowerCase(java.util.Locale.ROOT);
        }
        throw new InputException(f.name() + ": cannot tell which host this file describes: put it in a folder named "
                + "after the host (<bundle>/<host>/" + parts[parts.length - 1] + ")");
    }
}
