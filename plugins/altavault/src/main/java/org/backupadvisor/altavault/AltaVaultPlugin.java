package org.backupadvisor.altavault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.units.DataRate;

/**
 * NetApp AltaVault as a backup target (DESIGN.md §8): for each destination of another product's path that names the
 * appliance (by host name or interface address), the ingest a session and the appliance reach over that protocol
 * (000 §5), the 128-session maximum (000 §2.11) and the data interfaces as parallel lanes (000 §2.3, §2.4, §2.6).
 */
public final class AltaVaultPlugin implements ProductPlugin {
    public static final String ID = "altavault";

    /** The setting of each backup product that chooses the protocol toward the appliance: it moves these capacities. */
    static final Map<String, String> PROTOCOL_SETTING = Map.of("netbackup", "netbackup.storageUnit.diskType");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "NetApp AltaVault (target appliance)";
    }

    @Override
    public List<String> formats() {
        return java.util.Arrays.stream(AltaVaultFormat.values()).map(f -> f.label).toList();
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        return AltaVaultFormat.detect(file).map(f -> new Detection(85, f.id));
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new AltaVaultParser().parse(files);
    }

    @Override
    public Contribution contribute(ProductEnvironment env, BackupPath path, Measurements m) {
        AltaVaultEnvironment av = (AltaVaultEnvironment) env;
        List<StreamLimit> limits = new ArrayList<>();
        List<Capacity> caps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Endpoint> matched = new ArrayList<>();
        for (Endpoint e : path.endpoints()) {
            if (e.role() != Endpoint.Role.DESTINATION) {
                continue;
            }
            Appliance a = av.match(e.host());
            if (a == null) {
                continue;
            }
            matched.add(e);
            String setting = PROTOCOL_SETTING.get(path.product());
            Set<String> settings = setting == null ? Set.of() : Set.of(setting);
            Ingest in = Ingest.of(e.protocol());
            if (in == null) {
                notes.add("AltaVault " + a.getName() + ": protocol '" + e.protocol() + "' has no ingest figure in 000 §5");
            } else {
                caps.add(Capacity.perStream(Stage.TARGET_DEVICE, "AltaVault ingest per session", in.perSession(),
                        "AltaVault " + a.getName() + " " + in.protocol().toUpperCase(java.util.Locale.ROOT) + " "
                                + DataRate.ofBytesPerSecond(in.perSession()) + " per session (" + in.source() + ")", settings));
                caps.add(Capacity.total(Stage.TARGET_DEVICE, "AltaVault ingest", in.bytesPerSecond(), "AltaVault "
                        + a.getName() + " " + in.protocol().toUpperCase(java.util.Locale.ROOT) + " ingest "
                        + DataRate.ofBytesPerSecond(in.bytesPerSecond()) + " (" + in.source() + ")", settings));
            }
            limits.add(new StreamLimit(Stage.TARGET_DEVICE, "AltaVault sessions", Ingest.MAX_SESSIONS, "AltaVault "
                    + a.getName() + ": at most " + Ingest.MAX_SESSIONS + " concurrent sessions (000 §2.11)", Set.of()));
            List<AvInterface> lanes = lanes(a, e, notes);
            for (AvInterface i : lanes) {
                double share = i.getMtu() != null && i.getMtu() >= 9000 ? 0.99 : 0.94;
                double bps = i.getSpeedMbps() * 1e6 / 8 * share;
                caps.add(Capacity.lane(Stage.NETWORK, "AltaVault interfaces of " + a.getName(), i.getIfName(), bps,
                        a.getName() + " " + i.getIfName() + " " + (i.getSpeedMbps() >= 1000 ? i.getSpeedMbps() / 1000 + " Gbit/s"
                                : i.getSpeedMbps() + " Mbit/s") + " × " + Math.round(share * 100) + " % TCP payload (MTU "
                                + (i.getMtu() == null ? "1500 assumed" : i.getMtu()) + ") = " + DataRate.ofBytesPerSecond(bps),
                        Set.of(org.backupadvisor.core.facts.Recommendation.knob(ID + "." + AvInterface.TYPE + ".mtu", i.objectId()))));
            }
        }
        return matched.isEmpty() ? Contribution.NONE : new Contribution(ID, limits, caps, notes, matched);
    }

    /** The interfaces a destination's sessions can use (000 §2.3, §2.5, §2.6). */
    static List<AvInterface> lanes(Appliance a, Endpoint e, List<String> notes) {
        List<AvInterface> data = a.getDataInterfaces().stream().filter(i -> i.getSpeedMbps() != null).toList();
        if (data.isEmpty()) {
            return data;
        }
        AvInterface byIp = data.stream().filter(i -> e.host() != null && e.host().trim().equals(i.getIp())).findFirst().orElse(null);
        if ("smb".equals(e.protocol())) {
            if (Boolean.FALSE.equals(a.getSmbMultichannel())) {
                AvInterface one = byIp != null ? byIp : data.get(0);
                notes.add("AltaVault " + a.getName() + ": SMB multichannel off: the share's sessions use one interface (" + one.getIfName() + ")");
                return List.of(one);
            }
            // Multichannel uses interfaces of one speed, favouring the slower when mixed (000 §2.6).
            int slowest = data.stream().mapToInt(AvInterface::getSpeedMbps).min().orElse(0);
            return data.stream().filter(i -> i.getSpeedMbps() == slowest).toList();
        }
        if (byIp != null) {
            return List.of(byIp);
        }
        notes.add("AltaVault " + a.getName() + ": destination by host name: its sessions are taken to spread over the "
                + data.size() + " data interface(s), each on its own route (000 §2.3)");
        return data;
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return AltaVaultRemediation.of(r);
    }
}
