package org.backupadvisor.backupexec;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.spi.Remediation.Restart;
import org.backupadvisor.core.spi.Remediation.Step;
import org.backupadvisor.core.spi.Remediation.Step.Kind;

/**
 * How to apply, verify and roll back a Backup Exec change: BEMCLI in an elevated PowerShell on the Backup Exec server
 * ({@code Import-Module BEMCLI}), Windows route and adapter commands on the same host, and the AltaVault GUI pages of
 * 000 §2.3. Storage and job changes apply to the next job; {@code route -p add} takes effect at once; none needs a
 * restart of the Backup Exec services.
 */
final class BackupExecRemediation {
    private BackupExecRemediation() {
    }

    static Remediation of(Recommendation r) {
        List<Step> apply = new ArrayList<>();
        List<Step> rollback = new ArrayList<>();
        List<Step> verify = new ArrayList<>();
        String setting = r.getSetting();
        if (setting.equals(BackupExecPlugin.ID + "." + BeServer.TYPE + "." + BeServer.FOLDERS) && r.getObject() instanceof BeServer s) {
            int to = (int) Math.round(r.getRecommendedNumber());
            String av = s.getDestinationHost() == null ? "<AltaVault address>" : s.getDestinationHost();
            apply.add(Step.of(Kind.NOTE, "Map each Backup Exec NIC to its own AltaVault data interface on its own subnet "
                    + "(e.g. NIC1 → e0a " + av + ", NIC2 → e0b on the next subnet); readdress the AltaVault interfaces first if they share one subnet (AVT-INTERFACE-SUBNET)"));
            apply.add(Step.of(Kind.CLI, "route -4 print   (note the interface index of each NIC in the Interface List)"));
            for (int i = 1; i <= to; i++) {
                apply.add(Step.of(Kind.CLI, "route -p add " + (i == 1 ? av : "<AltaVault interface " + i + " address>")
                        + " mask 255.255.255.255 <gateway or this NIC's address on that subnet> metric 1 if <index of NIC" + i + ">"));
            }
            apply.add(Step.of(Kind.CONSOLE, "AltaVault GUI: Configure > Management Interfaces > Main IPv4 Routing Table > "
                    + "Add a New Route: each Backup Exec NIC's subnet through the AltaVault interface that faces it"));
            apply.add(Step.of(Kind.CONSOLE, "AltaVault GUI: Configure > SMB: one share per data interface (e.g. be_path1 .. be_path" + to + ")"));
            apply.add(Step.of(Kind.CLI, "Import-Module BEMCLI; for each new path i: New-BEDiskStorageDevice -Name \"AV-path<i>\" "
                    + "-Path \"\\\\<AltaVault interface i address>\\be_path<i>\"   (Backup Exec console: Storage > Configure Storage > "
                    + "Disk-based storage > Disk storage > Network share)"));
            apply.add(Step.of(Kind.CLI, "Spread the jobs: Get-BEBackupDefinition -Name \"<definition>\" | Set-BEBackupTask -Name * "
                    + "-Storage \"AV-path<i>\" | Save-BEBackupDefinition   (start with " + BeServer.START_JOBS_PER_NIC
                    + " jobs per NIC, then add jobs until a path carries about " + s.getSaturationJobs() + ")"));
            rollback.add(Step.of(Kind.CLI, "Get-BEBackupDefinition -Name \"<definition>\" | Set-BEBackupTask -Name * -Storage \""
                    + (s.getFolderNames().isEmpty() ? "<previous folder>" : s.getFolderNames().get(0)) + "\" | Save-BEBackupDefinition   (for each definition moved)"));
            rollback.add(Step.of(Kind.CLI, "route delete <AltaVault interface i address>   (each route added)"));
            rollback.add(Step.of(Kind.CONSOLE, "Backup Exec console: Storage > AV-path<i> > Delete (after no job uses it); "
                    + "AltaVault GUI: remove the added routes and shares"));
            verify.add(Step.of(Kind.CLI, "route -4 print   (one persistent route per AltaVault address, each through its own NIC)"));
            verify.add(Step.of(Kind.CLI, "Get-BEStorage | Select-Object Name   (AV-path1 .. AV-path" + to + ")"));
            verify.add(Step.of(Kind.CLI, "Get-SmbConnection; Get-NetAdapterStatistics   (during the backups: traffic on every NIC, one SMB connection per AltaVault address)"));
            return new Remediation(apply, rollback, verify, Restart.NONE);
        }
        if (r.getObject() instanceof BeStorage f && setting.startsWith(BackupExecPlugin.ID + "." + BeStorage.TYPE + ".")) {
            String prop = r.getField();
            apply.add(Step.of(Kind.CLI, "Import-Module BEMCLI; Get-BEDiskStorageDevice -Name \"" + f.objectId()
                    + "\" | Set-BEDiskStorageDevice -" + prop + " " + r.getRecommended()));
            apply.add(Step.of(Kind.CONSOLE, "Backup Exec console: Storage > " + f.objectId() + " > Details > Concurrent write "
                    + "sessions (Concurrent operations) = " + r.getRecommended()));
            rollback.add(Step.of(Kind.CLI, "Get-BEDiskStorageDevice -Name \"" + f.objectId() + "\" | Set-BEDiskStorageDevice -"
                    + prop + " " + (r.getCurrent() == null ? "<previous value>" : r.getCurrent())));
            verify.add(Step.of(Kind.CLI, "Get-BEDiskStorageDevice -Name \"" + f.objectId() + "\" | Select-Object Name, " + prop));
            return new Remediation(apply, rollback, verify, Restart.NONE);
        }
        return new Remediation("Change " + setting + " of " + r.getObjectId() + " to " + r.getRecommended(),
                "Set " + setting + " back to " + r.getCurrent());
    }

    /** Advice with commands of its own: jumbo frames on the Backup Exec host, verified end to end (000 §2.4). */
    static Remediation of(Advice a) {
        if (a.getTopic().equals(BackupExecPlugin.ID + "." + BeServer.TYPE + ".jumboFrames") && a.getObject() instanceof BeServer s) {
            String av = s.getDestinationHost() == null ? "<AltaVault address>" : s.getDestinationHost();
            return new Remediation(List.of(
                    Step.of(Kind.CLI, "Set-NetAdapterAdvancedProperty -Name \"<NIC>\" -RegistryKeyword \"*JumboPacket\" -RegistryValue 9014   (each NIC to the AltaVault; the link resets for a few seconds)"),
                    Step.of(Kind.NOTE, "MTU 9000 on every switch port between " + s.getName() + " and the AltaVault, and on the AltaVault data interfaces (AVT-JUMBO-FRAMES)")),
                    List.of(Step.of(Kind.CLI, "Set-NetAdapterAdvancedProperty -Name \"<NIC>\" -RegistryKeyword \"*JumboPacket\" -RegistryValue 1514")),
                    List.of(Step.of(Kind.CLI, "ping -f -l 8972 " + av + "   (from " + s.getName() + ": replies, no \"Packet needs to be fragmented\")"),
                            Step.of(Kind.CLI, "ping -M do -s 8972 " + av + "   (from a Linux host on the same path)"),
                            Step.of(Kind.CLI, "Get-NetAdapterAdvancedProperty -Name \"<NIC>\" -RegistryKeyword \"*JumboPacket\"")),
                    Restart.NONE);
        }
        return new Remediation(a.getText(), "Nothing to roll back until the advice is acted on.");
    }
}
