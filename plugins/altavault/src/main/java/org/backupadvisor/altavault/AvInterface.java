package org.backupadvisor.altavault;

import java.util.Map;

/** A data interface of an AltaVault (e0a-e0d 10 GbE, e0i-e0l 1 GbE on physical appliances, 000 §1.2). */
public final class AvInterface extends AltaVaultObject {
    public static final String TYPE = "interface";

    AvInterface(String appliance, String name, String origin, Map<String, Object> fields) {
        super(appliance + ":" + name, origin, fields);
    }

    @Override
    public String objectType() {
        return TYPE;
    }

    public String getAppliance() {
        return objectId().substring(0, objectId().indexOf(':'));
    }

    public String getIfName() {
        return objectId().substring(objectId().indexOf(':') + 1);
    }

    public String getIp() {
        return (String) field("ip");
    }

    public Integer getPrefix() {
        return intField("prefix");
    }

    public Integer getMtu() {
        return intField("mtu");
    }

    public boolean isUp() {
        return !Boolean.FALSE.equals(field("up"));
    }

    /** Speed in Mbit/s: as shown, else by port name (000 §1.2), else null. */
    public Integer getSpeedMbps() {
        Integer s = intField("speed");
        if (s != null) {
            return s;
        }
        String n = getIfName();
        if (n.matches("e0[a-d]")) {
            return 10000;
        }
        if (n.matches("e0[i-l]")) {
            return 1000;
        }
        return null;
    }

    /** A data port (not the "primary"/"aux" management ports) with an address and the link not down. */
    public boolean isData() {
        String n = getIfName();
        return getIp() != null && isUp() && !n.equals("primary") && !n.equals("aux") && !n.startsWith("lo");
    }

    /** The IPv4 subnet ("10.1.1.0/24"), or null when address or prefix are unknown. */
    public String getSubnet() {
        if (getIp() == null || getPrefix() == null || !getIp().matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            return null;
        }
        String[] p = getIp().split("\\.");
        long a = 0;
        for (String x : p) {
            a = (a << 8) | Integer.parseInt(x);
        }
        int prefix = getPrefix();
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long net = a & mask;
        return ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + "." + (net & 255) + "/" + prefix;
    }

    @Override
    AvInterface with(String name, Object value) {
        return new AvInterface(getAppliance(), getIfName(), origin(), changed(name, value));
    }
}
