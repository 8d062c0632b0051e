package org.backupadvisor.platform;

import java.util.List;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.spi.Remediation.Restart;
import org.backupadvisor.core.spi.Remediation.Step;
import org.backupadvisor.core.spi.Remediation.Step.Kind;

/** The exact lines to apply, undo and verify each platform change, and what restart it needs. */
final class PlatformRemediation {
    private PlatformRemediation() {
    }

    static Remediation of(Recommendation r) {
        if (r.getObject() instanceof NfsMountPoint mp) {
            return nfs(mp, r);
        }
        if (r.getObject() instanceof EtcSystem es) {
            return etcSystem(es, r);
        }
        if (r.getObject() instanceof RegistryKey k) {
            return registry(k, r);
        }
        throw new IllegalStateException("no platform remediation for " + r.getSetting());
    }

    /** rsize and wsize are fixed at mount time: the corrected line changes both sizes and keeps every other option. */
    private static Remediation nfs(NfsMountPoint mp, Recommendation r) {
        long rsize = newSize(mp.getRsize(), r, NfsMountPoint.RSIZE);
        long wsize = newSize(mp.getWsize(), r, NfsMountPoint.WSIZE);
        String table = mp.isSolaris() ? "/etc/vfstab" : "/etc/fstab";
        String rollback = mp.getRsize() == null && mp.getWsize() == null
                ? "Remove rsize/wsize from the options of " + mp.getMountPoint() + " in " + table + " and remount"
                : "Put the previous options back in " + table + " and remount: " + mp.remountCommands(
                        mp.getRsize() == null ? rsize : mp.getRsize(), mp.getWsize() == null ? wsize : mp.getWsize());
        return new Remediation(List.of(
                Step.of(Kind.FILE, "In " + table + " (" + mp.file() + " shows the mount), change the options of "
                        + mp.getMountPoint() + " to rsize=" + rsize + ",wsize=" + wsize + ", keeping the others."),
                Step.of(Kind.CLI, "Remount when no backup writes to it: " + mp.remountCommands(rsize, wsize))),
                List.of(Step.of(Kind.CLI, rollback)),
                List.of(Step.of(Kind.CLI, mp.isSolaris() ? "nfsstat -m " + mp.getMountPoint()
                        + " shows rsize=" + rsize + ",wsize=" + wsize
                        : "nfsstat -m (or grep " + mp.getMountPoint() + " /proc/mounts) shows rsize=" + rsize + ",wsize=" + wsize
                        + " (the server may negotiate lower: then its own maximum binds)")),
                Restart.NONE);
    }

    private static long newSize(Long current, Recommendation r, String field) {
        if (r.getField().equals(field)) {
            return ((Number) r.getRecommended()).longValue();
        }
        return current != null && current >= NfsMountPoint.ONE_MIB ? current : NfsMountPoint.ONE_MIB;
    }

    private static Remediation etcSystem(EtcSystem es, Recommendation r) {
        String line = "set " + r.getField() + "=" + r.getRecommended();
        String variable = r.getField().substring(r.getField().indexOf(':') + 1);
        return new Remediation(
                List.of(Step.of(Kind.FILE, "In /etc/system on " + es.getHost() + " add or change the line: " + line),
                        Step.of(Kind.CLI, "init 6 on " + es.getHost() + " (/etc/system is read at boot)")),
                List.of(Step.of(Kind.FILE, r.getCurrent() == null
                        ? "Remove the line '" + line + "' from /etc/system and reboot"
                        : "Set the line back to 'set " + r.getField() + "=" + r.getCurrent() + "' in /etc/system and reboot")),
                List.of(Step.of(Kind.CLI, "echo \"" + variable + "/D\" | mdb -k  shows " + r.getRecommended())),
                Restart.REBOOT);
    }

    private static Remediation registry(RegistryKey k, Recommendation r) {
        long value = ((Number) r.getRecommended()).longValue();
        String add = "reg add \"" + k.getKey() + "\" /v " + r.getField() + " /t REG_DWORD /d " + value + " /f";
        String rollback = r.getCurrent() == null ? "reg delete \"" + k.getKey() + "\" /v " + r.getField() + " /f"
                : "reg add \"" + k.getKey() + "\" /v " + r.getField() + " /t REG_DWORD /d " + r.getCurrent() + " /f";
        return new Remediation(
                List.of(Step.of(Kind.REGISTRY, "On " + k.getHost() + ", as administrator: " + add),
                        Step.of(Kind.CLI, "Reboot " + k.getHost() + " (000 §4.1)")),
                List.of(Step.of(Kind.REGISTRY, rollback + ", then reboot")),
                List.of(Step.of(Kind.CLI, "reg query \"" + k.getKey() + "\" /v " + r.getField() + "  shows 0x"
                        + Long.toHexString(value))),
                Restart.REBOOT);
    }

    static Remediation of(Advice a) {
        return switch (a.getTopic()) {
            case "platform.oracle.directNfs" -> new Remediation(
                    List.of(Step.of(Kind.CLI, "Enable Oracle Direct NFS on the database host: cd $ORACLE_HOME/rdbms/lib && "
                                    + "make -f ins_rdbms.mk dnfs_on"),
                            Step.of(Kind.FILE, "Describe the NFS server and export in $ORACLE_HOME/dbs/oranfstab (server:, path:, "
                                    + "export:, mount:) and restart the database instance")),
                    List.of(Step.of(Kind.CLI, "cd $ORACLE_HOME/rdbms/lib && make -f ins_rdbms.mk dnfs_off, then restart the instance")),
                    List.of(Step.of(Kind.NOTE, "SQL> select svrname, dirname from v$dnfs_servers;  lists the export while RMAN runs")),
                    Restart.SERVICE);
            case "platform.nic.mtu" -> new Remediation(
                    List.of(Step.of(Kind.NOTE, "Set one MTU (9000 for jumbo frames, 000 §2.4) on every NIC, switch port and "
                            + "appliance interface between " + a.getObjectId() + " and its backup target")),
                    List.of(Step.of(Kind.NOTE, "Set the NICs back to their previous MTU")),
                    List.of(Step.of(Kind.CLI, "Linux: ping -M do -s 8972 <target IP>; Windows: ping -f -l 8972 <target IP> "
                            + "(8972 + 28 header bytes = 9000: replies mean jumbo frames pass end to end)")),
                    Restart.NONE);
            default -> new Remediation(a.getText(), "Nothing to roll back until the advice is acted on.");
        };
    }
}
