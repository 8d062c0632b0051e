package org.backupadvisor.netbackup;

import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/** Veritas NetBackup: label-driven admincmd output, touch files and REST JSON (research/netbackup-backupexec.md). */
public final class NetBackupPlugin implements ProductPlugin {
    public static final String ID = "netbackup";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Veritas NetBackup";
    }

    @Override
    public List<String> formats() {
        return java.util.Arrays.stream(NetBackupFormat.values()).filter(f -> !f.refused()).map(f -> f.label).toList();
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        // Refused layouts are claimed too, so the user hears which command to run instead of "not an export".
        return NetBackupFormat.detect(file).map(f -> new Detection(f == NetBackupFormat.BPGETCONFIG ? 40 : 80, f.id()));
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new NetBackupParser().parse(files);
    }

    @Override
    public List<BackupPath> paths(ProductEnvironment env, Measurements m) {
        return NetBackupPath.all((NetBackupEnvironment) env, m);
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return NetBackupRemediation.of(r);
    }
}
