package org.backupadvisor.platform;

import java.util.List;
import java.util.Map;
import org.backupadvisor.platform.read.Nic;
import org.backupadvisor.platform.read.Route;

/**
 * A host the platform exports describe (by the name a file gives, else its folder): its OS family and NICs. The NIC
 * capacity follows 000 §2.4: TCP payload is about 94 % of line rate at MTU 1500 and 99 % at 9000.
 */
public final class Host extends PlatformObject {
    public static final String TYPE = "host";

    private final String os;
    private final List<Nic> nics;
    private final String windowsVersion;
    private final boolean mountsAltaVault;
    private final List<Route> routes;

    Host(String name, String origin, String os, List<Nic> nics, String windowsVersion, boolean mountsAltaVault,
         List<Route> routes) {
        super(name, origin, Map.of());
        this.os = os;
        this.nics = List.copyOf(nics);
        this.windowsVersion = windowsVersion;
        this.mountsAltaVault = mountsAltaVault;
        this.routes = routes == null ? null : List.copyOf(routes);
    }

    /** Whether the host's IPv4 route table (route print) was exported. */
    public boolean isRoutesRead() {
        return routes != null;
    }

    /** The IPv4 routes of route print (active and persistent); empty when not exported. */
    public List<Route> getRoutes() {
        return routes == null ? List.of() : routes;
    }

    /**
     * The local interface address traffic to {@code ip} leaves from: the active route with the longest netmask that
     * covers it (the lowest metric among equals), as Windows chooses; null when no route print or no route covers it.
     */
    public String interfaceFor(String ip) {
        long a = ipv4(ip);
        if (a < 0) {
            return null;
        }
        Route best = null;
        long bestMask = -1;
        for (Route r : getRoutes()) {
            long dest = ipv4(r.destination());
            long mask = ipv4(r.netmask());
            if (r.persistent() || r.interfaceAddress() == null || dest < 0 || mask < 0 || (a & mask) != (dest & mask)) {
                continue;
            }
            if (mask > bestMask || mask == bestMask && best != null && r.metric() != null && best.metric() != null
                    && r.metric() < best.metric()) {
                best = r;
                bestMask = mask;
            }
        }
        return best == null ? null : best.interfaceAddress();
    }

    /** A persistent route (route -p add) to exactly {@code ip} or a network that covers it, other than the default. */
    public boolean hasPersistentRoute(String ip) {
        long a = ipv4(ip);
        return a >= 0 && getRoutes().stream().anyMatch(r -> r.persistent() && ipv4(r.netmask()) > 0
                && (a & ipv4(r.netmask())) == (ipv4(r.destination()) & ipv4(r.netmask())));
    }

    private static long ipv4(String s) {
        if (s == null || !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return -1;
        }
        long v = 0;
        for (String p : s.split("\\.")) {
            int x = Integer.parseInt(p);
            if (x > 255) {
                return -1;
            }
            v = (v << 8) | x;
        }
        return v;
    }

    /**
     * Whether the exports show the host writing to an AltaVault: an NFS mount of an AltaVault export (they live
     * under /rfs/, 000 §2.7), or a Windows host, whose registry exports are collected for its SMB shares (000 §4.1).
     */
    public boolean isAltaVaultClient() {
        return mountsAltaVault || isWindows();
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getName() {
        return objectId();
    }

    /** "linux", "solaris", "windows", or null when no file said. */
    public String getOs() {
        return os;
    }

    public boolean isWindows() {
        return "windows".equals(os);
    }

    /**
     * The Windows NT version a .reg export of {@code HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion} shows
     * ("6.2" = Windows Server 2012 / Windows 8, "10.0"), or null when not exported.
     */
    public String getWindowsVersion() {
        return windowsVersion;
    }

    /** Windows Server 2012 / Windows 8 (NT 6.2) or later: Secure Negotiate is on (000 §4.1). */
    public Boolean getWindows2012OrLater() {
        return windowsVersion == null ? null : org.backupadvisor.core.engine.VersionScheme.DOTTED.compare(windowsVersion, "6.2") >= 0;
    }

    public List<Nic> getNics() {
        return nics;
    }

    /** NICs with a known speed and a link that is not down: the ones that carry backup traffic. */
    public List<Nic> getUsableNics() {
        return nics.stream().filter(n -> n.speedBitsPerSecond() != null && n.speedBitsPerSecond() > 0
                && !Boolean.FALSE.equals(n.linkUp())).toList();
    }

    /** Lowest and highest MTU among usable NICs that report one (null when none do). */
    public Integer getMinMtu() {
        return getUsableNics().stream().map(Nic::mtu).filter(m -> m != null).min(Integer::compare).orElse(null);
    }

    public Integer getMaxMtu() {
        return getUsableNics().stream().map(Nic::mtu).filter(m -> m != null).max(Integer::compare).orElse(null);
    }

    /** TCP payload share of line rate for an MTU (000 §2.4; 1500 → 94 %, 9000 → 99 %). */
    public static double payloadShare(Integer mtu) {
        return mtu != null && mtu >= 9000 ? 0.99 : 0.94;
    }

    @Override
    Host with(String name, Object value) {
        return this;
    }
}
