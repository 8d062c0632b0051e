package org.backupadvisor.platform;

import java.util.List;
import java.util.Map;
import org.backupadvisor.platform.read.Nic;

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

    Host(String name, String origin, String os, List<Nic> nics, String windowsVersion, boolean mountsAltaVault) {
        super(name, origin, Map.of());
        this.os = os;
        this.nics = List.copyOf(nics);
        this.windowsVersion = windowsVersion;
        this.mountsAltaVault = mountsAltaVault;
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
