package org.backupadvisor.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Contribution;
import org.backupadvisor.core.model.PathComposer;
import org.backupadvisor.core.model.ThroughputPath;
import org.backupadvisor.core.plan.PathModel;
import org.backupadvisor.core.spi.ProductEnvironment;
import org.backupadvisor.core.spi.ProductPlugin;

/**
 * One backup path composed across every parsed product, as the planner's what-if function: each change goes back
 * to the environment of the product that owns it, the owner rebuilds its path (found again by id), and every other
 * plugin contributes what it matches.
 */
final class ComposedPath implements PathModel {
    private final String id;
    private final ProductPlugin owner;
    private final Map<ProductPlugin, ProductEnvironment> envs;
    private final Measurements m;
    private final int objectCount;

    ComposedPath(String id, ProductPlugin owner, Map<ProductPlugin, ProductEnvironment> envs, Measurements m) {
        this.id = id;
        this.owner = owner;
        this.envs = envs;
        this.m = m;
        this.objectCount = envs.values().stream().mapToInt(e -> e.objects().size()).sum();
    }

    @Override
    public ThroughputPath path(List<Recommendation> changes) {
        Map<ProductPlugin, ProductEnvironment> changed = apply(changes);
        BackupPath base = base(changed);
        return base == null ? null : PathComposer.compose(base, contributions(changed, base), m);
    }

    @Override
    public int objectCount() {
        return objectCount;
    }

    @Override
    public ComposedPath with(List<Recommendation> changes) {
        return new ComposedPath(id, owner, apply(changes), m);
    }

    /** The products that contribute to the path as exported today (for the report). */
    List<String> contributors() {
        BackupPath base = base(envs);
        List<String> out = new ArrayList<>();
        if (base != null) {
            contributions(envs, base).forEach(c -> out.add(c.product()));
        }
        return out;
    }

    private BackupPath base(Map<ProductPlugin, ProductEnvironment> in) {
        return owner.paths(in.get(owner), m).stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private List<Contribution> contributions(Map<ProductPlugin, ProductEnvironment> in, BackupPath base) {
        List<Contribution> out = new ArrayList<>();
        in.forEach((p, env) -> {
            if (p != owner) {
                Contribution c = p.contribute(env, base, m);
                if (!c.isEmpty()) {
                    out.add(c);
                }
            }
        });
        return out;
    }

    private Map<ProductPlugin, ProductEnvironment> apply(List<Recommendation> changes) {
        if (changes.isEmpty()) {
            return envs;
        }
        // Each change goes to the product that owns it (a trial may change 100,000 objects, in runs of one product).
        Map<String, List<Recommendation>> byProduct =
                org.backupadvisor.core.plan.ChangeRuns.byKey(changes, r -> r.getObject().product());
        Map<ProductPlugin, ProductEnvironment> out = new LinkedHashMap<>();
        envs.forEach((p, env) -> {
            List<Recommendation> mine = byProduct.getOrDefault(p.id(), List.of());
            out.put(p, mine.isEmpty() ? env : env.apply(mine));
        });
        return out;
    }
}
