package org.backupadvisor.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.units.DataRate;
import org.backupadvisor.platform.read.Nic;
import org.backupadvisor.platform.read.PlatformFormat;

/**
 * The operating system side of a backup path (DESIGN.md §8): NFS mounts, Solaris /etc/system, Windows registry
 * exports, NICs. It owns no path; it contributes the NIC capacity of the hosts another product's path names.
 */
public final class PlatformPlugin implements ProductPlugin {
    public static final String ID = "platform";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Platform (Linux, Solaris, Windows hosts)";
    }

    @Override
    public List<String> formats() {
        return List.of("Linux /proc/mounts, /etc/fstab, mount output, nfsstat -m", "ethtool IFACE, ip -details -json link",
                "Solaris /etc/system, /etc/mnttab, mount -v", "Windows .reg (reg export), Get-NetAdapter | ConvertTo-Json, route print");
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        return PlatformFormat.detect(file).map(f -> new Detection(70, f.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new PlatformParser().parse(files);
    }

    /**
     * The NICs of each host the path names (its media server, or its one client): one lane per usable NIC at its
     * TCP payload rate (000 §2.4), added by the core into the host's NIC capacity.
     */
    @Override
    public Contribution contribute(ProductEnvironment env, BackupPath path, Measurements m) {
        PlatformEnvironment p = (PlatformEnvironment) env;
        List<Capacity> caps = new ArrayList<>();
        List<Endpoint> matched = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Endpoint e : path.endpoints()) {
            if (e.role() != Endpoint.Role.MEDIA_SERVER && e.role() != Endpoint.Role.CLIENT || e.host() == null) {
                continue;
            }
            Host h = p.host(e.host());
            if (h == null || h.getNics().isEmpty()) {
                continue;
            }
            matched.add(e);
            List<Nic> usable = h.getUsableNics();
            if (usable.isEmpty()) {
                notes.add(h.getName() + ": no NIC with a known speed and link up in the exports: NIC capacity not modelled");
                continue;
            }
            for (Nic n : usable) {
                double share = Host.payloadShare(n.mtu());
                double bps = n.speedBitsPerSecond() / 8 * share;
                caps.add(Capacity.lane(Stage.NETWORK, "NICs of " + h.getName(), n.name(), bps, h.getName() + " " + n.name() + " "
                        + bits(n.speedBitsPerSecond()) + " × "
                        + Math.round(share * 100) + " % TCP payload (MTU " + (n.mtu() == null ? "1500 assumed" : n.mtu())
                        + ") = " + DataRate.ofBytesPerSecond(bps), Set.of()));
            }
        }
        return matched.isEmpty() ? Contribution.NONE : new Contribution(ID, List.of(), caps, notes, matched);
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return PlatformRemediation.of(r);
    }

    @Override
    public Remediation remediation(Advice a) {
        return PlatformRemediation.of(a);
    }

    /** "10 Gbit/s", "1 Gbit/s", "100 Mbit/s". */
    static String bits(double bitsPerSecond) {
        return bitsPerSecond >= 1e9 ? trim(bitsPerSecond / 1e9) + " Gbit/s" : trim(bitsPerSecond / 1e6) + " Mbit/s";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
