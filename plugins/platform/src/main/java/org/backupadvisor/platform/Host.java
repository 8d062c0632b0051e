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

    Host(String name, String origin, String os, List<Nic> nics) {
        super(name, origin, Map.of());
        this.os = os;
        this.nics = List.copyOf(nics);
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
