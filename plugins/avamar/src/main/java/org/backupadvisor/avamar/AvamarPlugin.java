package org.backupadvisor.avamar;

import java.util.Arrays;
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

/** Avamar: replication groups and their replicate plug-in flags; the replication path to a Data Domain. */
public final class AvamarPlugin implements ProductPlugin {
    public static final String ID = "avamar";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Avamar (replication to Data Domain)";
    }

    @Override
    public List<String> formats() {
        return Arrays.stream(AvamarParser.Format.values()).map(f -> f.description).toList();
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        return AvamarParser.detect(file).map(f -> new Detection(80, f.id));
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new AvamarParser().parse(files);
    }

    @Override
    public List<BackupPath> paths(ProductEnvironment env, Measurements m) {
        return AvamarPath.all((AvamarEnvironment) env, m);
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return AvamarRemediation.of(r);
    }
}
