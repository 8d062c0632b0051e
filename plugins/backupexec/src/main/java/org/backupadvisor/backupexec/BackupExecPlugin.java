package org.backupadvisor.backupexec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.facts.Advice;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/** Veritas Backup Exec: BEMCLI output saved with ConvertTo-Json or Export-Clixml (research/netbackup-backupexec.md §3). */
public final class BackupExecPlugin implements ProductPlugin {
    public static final String ID = "backupexec";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Veritas Backup Exec";
    }

    @Override
    public List<String> formats() {
        return Arrays.stream(BackupExecFormat.values()).map(f -> f.cmdlet + " | ConvertTo-Json (any -Depth) or Export-Clixml").toList();
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        return BackupExecFormat.detect(file).map(d -> new Detection(80, d.id()));
    }

    /** PowerShell JSON that is not BEMCLI output (Get-Process, Get-Service ...): say so instead of "not an export". */
    @Override
    public Optional<String> explain(InputFile file) {
        if (!file.looksLikeJson()) {
            return Optional.empty();
        }
        String head = file.head(4096);
        long pascal = java.util.regex.Pattern.compile("\"[A-Z][A-Za-z0-9]+\"\\s*:").matcher(head).results().count();
        long camel = java.util.regex.Pattern.compile("\"[a-z][A-Za-z0-9]*\"\\s*:").matcher(head).results().count();
        if (pascal >= 3 && pascal > camel * 4 && head.contains("\"Name\"")) {
            return Optional.of("line 1: PowerShell ConvertTo-Json output without the properties of any BEMCLI object "
                    + "(expected Get-BEStorage: StorageType, TotalCapacityBytes; Get-BEJob: JobType, Storage; "
                    + "Get-BEJobHistory: JobRateMBPerMinute, StorageName)");
        }
        return Optional.empty();
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new BackupExecParser().parse(files);
    }

    @Override
    public List<BackupPath> paths(ProductEnvironment env, Measurements m) {
        return BackupExecPath.all((BackupExecEnvironment) env, m);
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return BackupExecRemediation.of(r);
    }

    @Override
    public Remediation remediation(Advice a) {
        return BackupExecRemediation.of(a);
    }
}
