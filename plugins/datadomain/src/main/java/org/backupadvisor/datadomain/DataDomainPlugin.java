package org.backupadvisor.datadomain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.Phase;
import org.backupadvisor.core.model.Stage;
import org.backupadvisor.core.model.StreamLimit;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;
import org.backupadvisor.core.spi.Remediation;

/**
 * Data Domain as a target (DESIGN.md §8): it owns no path; to a path that replicates through it (an Avamar
 * replication group) it contributes its replication stream limit. NetBackup and others write to it too, hence a plugin
 * of its own.
 */
public final class DataDomainPlugin implements ProductPlugin {
    public static final String ID = "datadomain";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Data Domain";
    }

    @Override
    public List<String> formats() {
        return Arrays.stream(DataDomainParser.Format.values()).map(f -> f.description).toList();
    }

    @Override
    public Optional<Detection> detect(InputFile file) {
        return DataDomainParser.detect(file).map(f -> new Detection(75, f.id));
    }

    @Override
    public ProductEnvironment parse(List<InputFile> files) {
        return new DataDomainParser().parse(files);
    }

    /**
     * For a replication path: the smallest replication stream limit of the Data Domains in the inputs (the one the
     * replication source runs on; with several, the tightest) and any context's max-repl-streams.
     */
    @Override
    public Contribution contribute(ProductEnvironment env, BackupPath path, Measurements m) {
        DataDomainEnvironment dd = (DataDomainEnvironment) env;
        List<Endpoint> matched = path.endpoints().stream().filter(e -> e.role() == Endpoint.Role.DESTINATION
                && "replication".equals(e.protocol())).toList();
        if (path.phase() != Phase.REPLICATION || matched.isEmpty()) {
            return Contribution.NONE;
        }
        List<StreamLimit> limits = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        dd.systems().stream().filter(s -> s.getReplicationStreamLimit() != null)
                .min(java.util.Comparator.comparingInt(DataDomainSystem::getReplicationStreamLimit))
                .ifPresent(s -> limits.add(new StreamLimit(Stage.REPLICATION, "Data Domain replication streams",
                        s.getReplicationStreamLimit(), s.getReplicationStreamLimitDerivation(), Set.of())));
        dd.contexts().stream().filter(c -> c.getMaxReplStreams() != null)
                .min(java.util.Comparator.comparingInt(ReplicationContext::getMaxReplStreams))
                .ifPresent(c -> limits.add(new StreamLimit(Stage.REPLICATION, "Data Domain max-repl-streams",
                        c.getMaxReplStreams(), "replication context " + c.getCtx() + " max-repl-streams "
                        + c.getMaxReplStreams(), Set.of())));
        if (dd.systems().size() > 1) {
            assumptions.add(dd.systems().size() + " Data Domains in the inputs: the tightest replication stream limit is used");
        }
        if (limits.isEmpty() && assumptions.isEmpty()) {
            return new Contribution(ID, List.of(), List.of(), List.of("Data Domain in the inputs reports no stream limit "
                    + "(maxStreams, maxStreamsLimit or a model with a published limit)"), matched);
        }
        return new Contribution(ID, limits, List.of(), assumptions, matched);
    }

    @Override
    public Remediation remediation(Recommendation r) {
        return new Remediation("On the Data Domain " + r.getObjectId() + ": set " + r.getField() + " to "
                + r.getRecommended(), "Set " + r.getField() + " back to " + r.getCurrent());
    }
}
