package org.backupadvisor.core.plan;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import org.backupadvisor.core.facts.Recommendation;

/**
 * A planner trial as the change groups it is made of, one after another: each group is one rule's recommendations
 * of one setting, so of one product and one object type (the setting names both). Read as the plain list of its
 * changes; {@link ChangeRuns} splits it a group at a time and an environment can key what it priced by the groups
 * ({@link #groups()}), instead of passing over 100,000 changes for each of the hundreds of trials a plan prices.
 * Unmodifiable; the groups must not change while it is in use (the planner never changes a group once made).
 */
public final class ChangeBundle extends AbstractList<Recommendation> implements RandomAccess {
    private final List<List<Recommendation>> groups;
    private final int[] ends;

    private ChangeBundle(List<List<Recommendation>> groups) {
        this.groups = groups;
        this.ends = new int[groups.size()];
        int n = 0;
        for (int i = 0; i < groups.size(); i++) {
            n += groups.get(i).size();
            ends[i] = n;
        }
    }

    /** The groups' changes as one list (empty groups are left out). */
    public static ChangeBundle of(List<List<Recommendation>> groups) {
        return new ChangeBundle(groups.stream().filter(g -> !g.isEmpty()).toList());
    }

    /** The groups, in order; each non-empty and all of one product and object type. */
    public List<List<Recommendation>> groups() {
        return groups;
    }

    @Override
    public Recommendation get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {   // the first group ending after index
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > index) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return groups.get(lo).get(index - (lo == 0 ? 0 : ends[lo - 1]));
    }

    @Override
    public int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    @Override
    public Iterator<Recommendation> iterator() {
        return new Iterator<>() {
            private int group;
            private Iterator<Recommendation> in = groups.isEmpty() ? null : groups.get(0).iterator();

            @Override
            public boolean hasNext() {
                while (in != null && !in.hasNext()) {
                    in = ++group < groups.size() ? groups.get(group).iterator() : null;
                }
                return in != null;
            }

            @Override
            public Recommendation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return in.next();
            }
        };
    }
}
