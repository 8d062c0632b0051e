package org.backupadvisor.altavault;

import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.spi.Remediation.Restart;
import org.backupadvisor.core.spi.Remediation.Step;
import org.backupadvisor.core.spi.Remediation.Step.Kind;

/** AltaVault CLI (ssh to the appliance, {@code enable}, {@code configure terminal}) for each setting. */
final class AltaVaultRemediation {
    private AltaVaultRemediation() {
    }

    static Remediation of(Recommendation r) {
        String cfg = "ssh admin@" + r.getObjectId() + ", then: enable; configure terminal; ";
        return switch (r.getSetting()) {
            case "altavault.system.evictionThreshold" -> new Remediation(
                    List.of(Step.of(Kind.CLI, cfg + "datastore eviction threshold " + r.getRecommended()),
                            Step.of(Kind.NOTE, "outside the backup window; set it back to 90 before the window opens "
                                    + "(a scheduled job or the change calendar): 70 % outside, 90 % during (000 §2.11)")),
                    List.of(Step.of(Kind.CLI, cfg + "datastore eviction threshold " + r.getCurrent())),
                    List.of(Step.of(Kind.CLI, "show running-config   (datastore eviction threshold " + r.getRecommended() + ")")),
                    Restart.NONE);
            case "altavault.system.smbMultichannel" -> new Remediation(
                    List.of(Step.of(Kind.CLI, cfg + "no smb multichannel enable"),
                            Step.of(Kind.CONSOLE, "or Configure > SMB: clear Enable multichannel")),
                    List.of(Step.of(Kind.CLI, cfg + "smb multichannel enable")),
                    List.of(Step.of(Kind.CLI, "show running-config   (no smb multichannel enable); on the media server: "
                            + "Get-SmbMultichannelConnection")),
                    Restart.NONE);
            case "altavault.interface.mtu" -> {
                String appliance = r.getObjectId().substring(0, r.getObjectId().indexOf(':'));
                String port = r.getObjectId().substring(r.getObjectId().indexOf(':') + 1);
                String c = "ssh admin@" + appliance + ", then: enable; configure terminal; ";
                yield new Remediation(
                        List.of(Step.of(Kind.CLI, c + "interface " + port + " mtu " + r.getRecommended() + "; write memory"),
                                Step.of(Kind.NOTE, "the same MTU on the media server NICs and every switch port between (000 §2.4)")),
                        List.of(Step.of(Kind.CLI, c + "interface " + port + " mtu " + (r.getCurrent() == null ? 1500 : r.getCurrent()) + "; write memory")),
                        List.of(Step.of(Kind.CLI, "from the media server: ping -f -l 8972 <" + port + " address> (Windows) or ping -M do -s 8972 (Linux)")),
                        Restart.NONE);
            }
            default -> new Remediation("Set " + r.getSetting() + " of " + r.getObjectId() + " to " + r.getRecommended(),
                    "Set it back to " + r.getCurrent());
        };
    }
}
