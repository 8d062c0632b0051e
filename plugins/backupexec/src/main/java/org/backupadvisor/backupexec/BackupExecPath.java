package org.backupadvisor.backupexec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Capacity;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.units.DataRate;

/**
 * The Backup Exec server's path to its Backup-to-Disk folders (000 §2.2, §2.3): its jobs are the streams (within the
 * folders' concurrent operations), each distinct destination address is one path that carries about 10 jobs of the
 * per-job rate before its 10 GbE interface saturates (10-15 jobs of 50 MB/s), and the folders' hosts are the
 * destinations the AltaVault plugin matches; the server is the media server whose NICs the platform plugin adds.
 */
final class BackupExecPath {
    /** TCP payload of one 10 GbE interface at MTU 1500 (000 §2.4: about 94 % of line rate): a path never carries more. */
    static final double TEN_GBE_PAYLOAD = 10e9 / 8 * 0.94;

    private BackupExecPath() {
    }

    static List<BackupPath> all(BackupExecEnvironment env, Measurements m) {
        BeServer s = env.server();
        if (s == null || env.folders().isEmpty()) {
            return List.of();
        }
        List<BeStorage> folders = env.folders();
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(Endpoint.mediaServer(s.getName()));
        for (BeStorage f : folders) {
            Endpoint e = Endpoint.destination("smb", f.getHost(), f.getShare());
            if (!endpoints.contains(e)) {
                endpoints.add(e);
            }
        }
        List<String> assumptions = new ArrayList<>();
        int paths = Math.max(1, s.getBackupToDiskFolders());
        List<String> hosts = new ArrayList<>(s.getDestinationHosts());
        // Folders the plan adds (one per further AltaVault interface): their addresses are chosen when the interfaces
        // are readdressed, so they stand for "the next interface" of the same appliance.
        for (int i = hosts.size(); i < paths; i++) {
            String host = hosts.get(0);
            endpoints.add(Endpoint.destination("smb", host, folders.get(0).getShare() + "-path" + (i + 1)));
            hosts.add("the next AltaVault interface");
        }
        List<StreamLimit> limits = new ArrayList<>();
        if (s.getJobs() != null) {
            limits.add(new StreamLimit(Stage.MEDIA_SERVER, "Backup Exec jobs to the Backup-to-Disk folders",
                    Math.max(1, s.getJobs()), s.getName() + ": " + s.getJobs() + " backup job(s) write to "
                    + folders.size() + " network-share folder(s), taken to run together in the window", Set.of()));
        } else {
            assumptions.add(s.getName() + ": no Get-BEJob or Get-BEJobHistory export: the number of concurrent jobs is unknown");
        }
        if (folders.stream().allMatch(f -> f.getConcurrentOperations() != null)) {
            int sum = 0;
            Set<String> knobs = new java.util.LinkedHashSet<>();
            StringBuilder d = new StringBuilder();
            for (BeStorage f : folders) {
                sum += f.getConcurrentOperations();
                knobs.add(Recommendation.knob(setting(f), f.objectId()));
                d.append(d.length() == 0 ? "" : " + ").append(f.objectId()).append(' ').append(f.getConcurrentOperations());
            }
            // A folder the plan adds gets the concurrency of the first one.
            for (int i = folders.size(); i < paths; i++) {
                sum += folders.get(0).getConcurrentOperations();
                d.append(" + new folder ").append(folders.get(0).getConcurrentOperations());
            }
            limits.add(new StreamLimit(Stage.MEDIA_SERVER, "concurrent operations of the Backup-to-Disk folders", sum,
                    "concurrent operations: " + d + " = " + sum, knobs));
        }
        double perJob = s.getJobRateOrSeed();
        double perPath = Math.min(BeServer.JOBS_PER_PATH_LOW * perJob, TEN_GBE_PAYLOAD);
        String rateFrom = s.getJobRate() != null ? "the job history's median" : "000 §2.2's typical job (no job history)";
        String knob = Recommendation.knob(BackupExecPlugin.ID + "." + BeServer.TYPE + "." + BeServer.FOLDERS, s.objectId());
        List<Capacity> caps = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            String h = hosts.get(i);
            caps.add(Capacity.lane(Stage.NETWORK, "Backup Exec paths of " + s.getName() + " (one per host NIC and AltaVault interface)", h, perPath,
                    "path " + (i + 1) + " (" + s.getName() + " NIC " + (i + 1) + " → " + h + "): " + BeServer.JOBS_PER_PATH_LOW + " jobs × " + DataRate.ofBytesPerSecond(perJob) + " ("
                            + rateFrom + ") = " + DataRate.ofBytesPerSecond(perPath)
                            + " before one 10 GbE interface saturates (000 §2.2: 10-15 jobs of 50 MB/s)", Set.of(knob)));
        }
        if (s.getBackupToDiskFolders() < folders.size()) {
            assumptions.add(s.getName() + ": " + folders.size() + " Backup-to-Disk folders reach " + s.getBackupToDiskFolders()
                    + " destination address(es): folders on one address share one interface (000 §2.3)");
        }
        ThroughputPath p = new ThroughputPath(limits, caps, assumptions);
        return List.of(new BackupPath(BackupExecPlugin.ID + ":" + s.objectId(), BackupExecPlugin.ID, Phase.BACKUP, p, endpoints));
    }

    static String setting(BeStorage f) {
        return BackupExecPlugin.ID + "." + BeStorage.TYPE + "." + f.getConcurrencyProperty();
    }
}
