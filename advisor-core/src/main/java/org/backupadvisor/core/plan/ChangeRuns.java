package org.backupadvisor.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.backupadvisor.core.facts.Recommendation;

/**
 * Splits a planner trial by a key (the product, the object type), keeping the order within each part. A trial is
 * its change groups one after another (data readers on 37,500 subclients, then device streams on one policy), so
 * the parts are long runs of one key: each run is found with one comparison per change and copied as a block,
 * instead of one map look-up and one list add per change for every trial of every step.
 */
public final class ChangeRuns {
    private ChangeRuns() {
    }

    /**
     * The items by key, in order of first appearance; a part that is one run is a view of {@code items}. A
     * {@link ChangeBundle} is split a group at a time (a group is of one product and object type, the keys the
     * planner's callers split by), and its parts are bundles of its groups.
     */
    @SuppressWarnings("unchecked")
    public static <T, K> Map<K, List<T>> byKey(List<T> items, Function<? super T, ? extends K> key) {
        if (items instanceof ChangeBundle bundle) {
            Map<K, List<List<Recommendation>>> groups = new LinkedHashMap<>();
            for (List<Recommendation> g : bundle.groups()) {
                groups.computeIfAbsent(key.apply((T) g.get(0)), k -> new ArrayList<>()).add(g);
            }
            Map<K, List<T>> out = new LinkedHashMap<>();
            groups.forEach((k, g) -> out.put(k, (List<T>) ChangeBundle.of(g)));
            return out;
        }
        Map<K, List<T>> out = new LinkedHashMap<>();
        int start = 0;
        while (start < items.size()) {
            K k = key.apply(items.get(start));
            int end = start + 1;
            while (end < items.size() && Objects.equals(key.apply(items.get(end)), k)) {
                end++;
            }
            List<T> run = items.subList(start, end);
            out.merge(k, run, (a, b) -> {
                List<T> joined = new ArrayList<>(a.size() + b.size());
                joined.addAll(a);
                joined.addAll(b);
                return joined;
            });
            start = end;
        }
        return out;
    }
}
