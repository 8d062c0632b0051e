package org.backupadvisor.altavault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.spi.ProductEnvironment;

/** The AltaVault appliances of a bundle. */
public final class AltaVaultEnvironment implements ProductEnvironment {
    private final List<Appliance> appliances;
    private final List<ParsedInput> inputs;

    AltaVaultEnvironment(List<Appliance> appliances, List<ParsedInput> inputs) {
        this.appliances = List.copyOf(appliances);
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public String product() {
        return AltaVaultPlugin.ID;
    }

    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>(appliances);
        appliances.forEach(a -> out.addAll(a.getInterfaces()));
        return out;
    }

    public List<Appliance> appliances() {
        return appliances;
    }

    /** The appliance a destination names: by host name (without domain) or by one of its interface addresses. */
    public Appliance match(String host) {
        if (host == null) {
            return null;
        }
        for (Appliance a : appliances) {
            if (Endpoint.shortName(a.getName()).equals(Endpoint.shortName(host))
                    || a.getInterfaces().stream().anyMatch(i -> host.trim().equals(i.getIp()))) {
                return a;
            }
        }
        return null;
    }

    @Override
    public Measurements measurements() {
        return Measurements.none();
    }

    @Override
    public List<ParsedInput> inputs() {
        return inputs;
    }

    /** The lowest release among the appliances (rules gate on it, as the platform rules do). */
    @Override
    public Optional<String> version() {
        return appliances.stream().map(Appliance::getVersion).filter(v -> v != null)
                .min(org.backupadvisor.core.engine.VersionScheme.DOTTED::compare);
    }

    @Override
    public AltaVaultEnvironment apply(List<Recommendation> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        List<Appliance> out = new ArrayList<>();
        for (Appliance a : appliances) {
            Appliance c = a;
            for (Recommendation r : changes) {
                if (r.getObject().product().equals(AltaVaultPlugin.ID) && r.getObjectId().equals(a.objectId())
                        && r.getObject().objectType().equals(a.objectType())) {
                    c = c.with(r.getField(), r.getRecommended());
                }
            }
            List<AvInterface> ifs = new ArrayList<>();
            for (AvInterface i : c.getInterfaces()) {
                AvInterface x = i;
                for (Recommendation r : changes) {
                    if (r.getObject().product().equals(AltaVaultPlugin.ID) && r.getObjectId().equals(i.objectId())
                            && r.getObject().objectType().equals(i.objectType())) {
                        x = x.with(r.getField(), r.getRecommended());
                    }
                }
                ifs.add(x);
            }
            out.add(c.withInterfaces(ifs));
        }
        return new AltaVaultEnvironment(out, inputs);
    }
}
