package org.backupadvisor.netbackup;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.spi.Remediation;
import org.backupadvisor.core.spi.Remediation.Restart;
import org.backupadvisor.core.spi.Remediation.Step;
import org.backupadvisor.core.spi.Remediation.Step.Kind;

/**
 * How to apply, verify and roll back a NetBackup change with its own commands (admincmd on the primary server; touch
 * files on the media server). Storage unit, disk pool, policy and global attribute changes apply to the next job;
 * touch files are read by bptm at the start of each job: no daemon restart (research §2, [TG-values]).
 */
final class NetBackupRemediation {
    private NetBackupRemediation() {
    }

    static final String ADMINCMD = "/usr/openv/netbackup/bin/admincmd/";

    static Remediation of(Recommendation r) {
        String id = r.getObjectId();
        Object to = r.getRecommended();
        Object from = r.getCurrent();
        String setting = r.getSetting();
        List<Step> apply = new ArrayList<>();
        List<Step> rollback = new ArrayList<>();
        List<Step> verify = new ArrayList<>();
        switch (setting) {
            case "netbackup.storageUnit.maxConcurrentJobs" -> {
                apply.add(Step.of(Kind.CLI, ADMINCMD + "bpsturep -label " + id + " -cj " + to));
                rollback.add(Step.of(Kind.CLI, ADMINCMD + "bpsturep -label " + id + " -cj " + (from == null ? 1 : from)));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "bpstulist -label " + id + " -U   (Concurrent Jobs: " + to + ")"));
            }
            case "netbackup.storageUnit.maxMpx" -> {
                apply.add(Step.of(Kind.CLI, ADMINCMD + "bpsturep -label " + id + " -mpx " + to));
                rollback.add(Step.of(Kind.CLI, ADMINCMD + "bpsturep -label " + id + " -mpx " + (from == null ? 1 : from)));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "bpstulist -label " + id + " -U   (Max MPX: " + to + ")"));
            }
            case "netbackup.storageUnit.diskType" -> {
                StorageUnit u = (StorageUnit) r.getObject();
                String host = u.getHost() == null ? "<media server>" : u.getHost();
                String appliance = "<AltaVault host>";
                String stu = id + "_ost";
                apply.add(Step.of(Kind.NOTE, "Install the AltaVault OST plug-in on media server " + host
                        + " and enable OST on the appliance (Configure > OST); the storage server type <stype> below is the "
                        + "one the plug-in registers (nbdevquery -liststs -U shows it)"));
                apply.add(Step.of(Kind.CLI, ADMINCMD + "nbdevconfig -creatests -storage_server " + appliance
                        + " -stype <stype> -media_server " + host + " -st 9"));
                apply.add(Step.of(Kind.CLI, "/usr/openv/volmgr/bin/tpconfig -add -storage_server " + appliance
                        + " -stype <stype> -sts_user_id <user> -password <password>"));
                apply.add(Step.of(Kind.CLI, ADMINCMD + "nbdevconfig -previewdv -storage_server " + appliance
                        + " -stype <stype> > /tmp/dvlist && " + ADMINCMD + "nbdevconfig -createdp -dp dp_" + stu
                        + " -stype <stype> -storage_servers " + appliance + " -dvlist /tmp/dvlist"));
                apply.add(Step.of(Kind.CLI, ADMINCMD + "bpstuadd -label " + stu + " -dp dp_" + stu + " -host " + host
                        + " -cj " + (u.getMaxConcurrentJobs() == null ? 16 : u.getMaxConcurrentJobs())));
                apply.add(Step.of(Kind.CLI, "for each policy with residence " + id + ": " + ADMINCMD
                        + "bpplinfo <policy> -modify -residence " + stu));
                rollback.add(Step.of(Kind.CLI, "for each policy moved: " + ADMINCMD + "bpplinfo <policy> -modify -residence " + id));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "nbdevquery -liststs -U -stype <stype>   (State: UP, Flag: OpenStorage)"));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "bpdbjobs -report -all_columns   (kbpersec of the next jobs to " + stu + ")"));
            }
            case "netbackup.diskPool.maxIoStreams" -> {
                DiskPool p = (DiskPool) r.getObject();
                String stype = p.getDiskType() == null ? "<stype>" : p.getDiskType();
                apply.add(Step.of(Kind.CLI, ADMINCMD + "nbdevconfig -changedp -dp " + id + " -stype " + stype + " -maxiostreams " + to));
                rollback.add(Step.of(Kind.CLI, ADMINCMD + "nbdevconfig -changedp -dp " + id + " -stype " + stype
                        + " -maxiostreams " + (from == null ? -1 : from)));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "nbdevquery -listdp -U -dp " + id + "   (Max IO Streams: " + to + ")"));
            }
            case "netbackup.policy.maxJobsPerPolicy" -> {
                apply.add(Step.of(Kind.CLI, ADMINCMD + "bpplinfo " + id + " -modify -maxjobs " + to));
                rollback.add(Step.of(Kind.CLI, ADMINCMD + "bpplinfo " + id + " -modify -maxjobs " + (from == null ? 0 : from)
                        + (from == null ? "   (0 = unlimited)" : "")));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "bppllist " + id + " -U   (Max Jobs/Policy: " + to + ")"));
            }
            case "netbackup.policy.allowMultipleDataStreams" -> {
                apply.add(Step.of(Kind.CLI, ADMINCMD + "bpplinfo " + id + " -modify -multiple_streams 1"));
                apply.add(Step.of(Kind.NOTE, "split the backup selections with NEW_STREAM, one stream per physical volume"));
                rollback.add(Step.of(Kind.CLI, ADMINCMD + "bpplinfo " + id + " -modify -multiple_streams 0"));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "bppllist " + id + " -U   (Mult. Data Streams: yes)"));
            }
            case "netbackup.config.maxJobsPerClient" -> {
                apply.add(Step.of(Kind.CLI, ADMINCMD + "bpconfig -mj " + to));
                rollback.add(Step.of(Kind.CLI, ADMINCMD + "bpconfig -mj " + (from == null ? 1 : from)));
                verify.add(Step.of(Kind.CLI, ADMINCMD + "bpconfig -U   (Max Simultaneous Jobs/Client: " + to + ")"));
            }
            default -> {
                if (setting.startsWith("netbackup.touchFile.")) {
                    String file = r.getField();
                    String path = (file.startsWith("NET_BUFFER") ? "/usr/openv/netbackup/" : "/usr/openv/netbackup/db/config/") + file;
                    apply.add(Step.of(Kind.FILE, "on media server " + id + ": echo " + to + " > " + path
                            + "   (Windows: <install_path>\\NetBackup\\" + (file.startsWith("NET_BUFFER") ? "" : "db\\config\\") + file + ")"));
                    rollback.add(Step.of(Kind.FILE, from == null ? "on media server " + id + ": rm " + path
                            : "on media server " + id + ": echo " + from + " > " + path));
                    verify.add(Step.of(Kind.CLI, "cat " + path + "; the next job's bptm log shows the buffer values it used"));
                } else {
                    return new Remediation("Set " + setting + " of " + id + " to " + to, "Set it back to " + from);
                }
            }
        }
        return new Remediation(apply, rollback, verify, Restart.NONE);
    }
}
