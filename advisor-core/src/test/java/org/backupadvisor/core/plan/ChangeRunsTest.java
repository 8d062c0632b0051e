package org.backupadvisor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.backupadvisor.core.facts.Recommendation;
import org.backupadvisor.core.facts.Severity;
import org.junit.jupiter.api.Test;

class ChangeRunsTest {

    @Test
    void partsKeepTheOrderOfTheItemsAndOfTheirFirstAppearance() {
        List<String> items = List.of("b1", "b2", "a1", "b3", "c1", "a2", "a3");

        Map<Character, List<String>> parts = ChangeRuns.byKey(items, s -> s.charAt(0));

        assertThat(parts.keySet()).containsExactly('b', 'a', 'c');
        assertThat(parts.get('b')).containsExactly("b1", "b2", "b3");
        assertThat(parts.get('a')).containsExactly("a1", "a2", "a3");
        assertThat(parts.get('c')).containsExactly("c1");
    }

    @Test
    void oneKeyIsOnePartAndNoItemsNone() {
        assertThat(ChangeRuns.byKey(List.of("a1", "a2"), s -> s.charAt(0))).containsExactly(
                Map.entry('a', List.of("a1", "a2")));
        assertThat(ChangeRuns.byKey(List.<String>of(), s -> s.charAt(0))).isEmpty();
    }

    private static Recommendation rec(String pool, String field) {
        return FakeProduct.rec(new FakeProduct.Pool(pool, 1, 1, 1, false), field, 1, 2, Severity.HIGH, "R-" + field);
    }

    @Test
    void aBundleReadsAsItsChangesInOrderAndSplitsAGroupAtATime() {
        List<Recommendation> readers = List.of(rec("p1", "readers"), rec("p2", "readers"), rec("p3", "readers"));
        List<Recommendation> streams = List.of(rec("p1", "deviceStreams"));
        List<Recommendation> drives = List.of(rec("p2", "drives"), rec("p3", "drives"));
        ChangeBundle bundle = ChangeBundle.of(List.of(readers, List.of(), streams, drives));

        assertThat(bundle).hasSize(6).containsExactly(readers.get(0), readers.get(1), readers.get(2), streams.get(0),
                drives.get(0), drives.get(1));
        assertThat(bundle.get(3)).isSameAs(streams.get(0));
        assertThat(bundle.get(5)).isSameAs(drives.get(1));
        assertThat(bundle.groups()).as("empty groups left out").containsExactly(readers, streams, drives);
        assertThatThrownBy(() -> bundle.get(6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(ChangeBundle.of(List.of())).isEmpty();

        // Split by a key each group is uniform in: parts are bundles of whole groups, in order of first appearance.
        Map<Boolean, List<Recommendation>> byField = ChangeRuns.byKey(bundle, r -> r.getField().equals("drives"));
        assertThat(byField.keySet()).containsExactly(false, true);
        assertThat(byField.get(false)).isInstanceOf(ChangeBundle.class).containsExactly(readers.get(0),
                readers.get(1), readers.get(2), streams.get(0));
        assertThat(((ChangeBundle) byField.get(false)).groups()).containsExactly(readers, streams);
        assertThat(byField.get(true)).containsExactly(drives.get(0), drives.get(1));
    }
}
