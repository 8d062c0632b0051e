package org.backupadvisor.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
}
