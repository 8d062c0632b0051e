package org.backupadvisor.platform;

import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.facts.ConfigObject;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.spi.ProductEnvironment;

/** The hosts of a bundle as the platform exports describe them: NICs, NFS mounts, /etc/system, registry keys. */
public final class PlatformEnvironment implements ProductEnvironment {
    private final List<Host> hosts;
    private final List<PlatformObject> tunables;
    private final List<ParsedInput> inputs;

    PlatformEnvironment(List<Host> hosts, List<PlatformObject> tunables, List<ParsedInput> inputs) {
        this.hosts = List.copyOf(hosts);
        this.tunables = List.copyOf(tunables);
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public String product() {
        return PlatformPlugin.ID;
    }

    @Override
    public List<ConfigObject> objects() {
        List<ConfigObject> out = new ArrayList<>(hosts);
        out.addAll(tunables);
        return out;
    }

    public List<Host> hosts() {
        return hosts;
    }

    public Host host(String name) {
        return hosts.stream().filter(h -> org.backupadvisor.core.model.Endpoint.shortName(h.getName())
                .equals(org.backupadvisor.core.model.Endpoint.shortName(name))).findFirst().orElse(null);
    }

    @Override
    public Measurements measurements() {
        return Measurements.none();
    }

    @Override
    public List<ParsedInput> inputs() {
        return inputs;
    }

    @Override
    public PlatformEnvironment apply(List<Recommendation> changes) {
        List<PlatformObject> out = new ArrayList<>(tunables.size());
        for (PlatformObject o : tunables) {
            PlatformObject changed = o;
            for (Recommendation r : changes) {
                if (r.getObject() == o || r.getObjectId().equals(o.objectId()) && r.getObject().objectType().equals(o.objectType())) {
                    changed = changed.with(r.getField(), r.getRecommended());
                }
            }
            out.add(changed);
        }
        return new PlatformEnvironment(hosts, out, inputs);
    }
}
