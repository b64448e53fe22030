package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingMapTest {

    @Test
    void aSingleValueIsKeptInTheTableAndASecondMakesAList() {
        PostingMap map = new PostingMap();
        map.add(42L, 0);
        assertThat(map.size(42L)).isEqualTo(1);
        assertThat(values(map, 42L)).containsExactly(0);
        map.add(42L, 7);
        assertThat(values(map, 42L)).containsExactlyInAnyOrder(0, 7);
        assertThat(map.remove(42L, 0)).isTrue();
        assertThat(values(map, 42L)).containsExactly(7);
        assertThat(map.remove(42L, 0)).isFalse();
        assertThat(map.remove(42L, 7)).isTrue();
        assertThat(map.size(42L)).isZero();
        assertThat(map.keyCount()).isZero();
        assertThat(map.valueCount()).isZero();
    }

    @Test
    void answersWhatAPlainMapOfListsAnswersThroughAddsRemovalsAndRebuilds() {
        Random random = new Random(11);
        PostingMap map = new PostingMap();
        Map<Long, List<Integer>> expected = new HashMap<>();
        long values = 0;
        for (int step = 0; step < 400_000; step++) {
            // Few keys with many values and many keys with one, as block keys are.
            long key = random.nextInt(10) == 0 ? 1 + random.nextInt(50) : 1 + random.nextInt(200_000);
            List<Integer> list = expected.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.isEmpty() && random.nextInt(3) == 0) {
                Integer gone = list.remove(random.nextInt(list.size()));
                assertThat(map.remove(key, gone)).isTrue();
                values--;
            } else {
                int value = random.nextInt(1_000_000);
                map.add(key, value);
                list.add(value);
                values++;
            }
            assertThat(map.remove(key, -5)).isFalse();
        }
        assertThat(map.valueCount()).isEqualTo(values);
        assertThat(map.keyCount()).isEqualTo((int)
                expected.values().stream().filter(l -> !l.isEmpty()).count());
        for (Map.Entry<Long, List<Integer>> entry : expected.entrySet()) {
            assertThat(map.size(entry.getKey())).isEqualTo(entry.getValue().size());
            assertThat(values(map, entry.getKey()))
                    .containsExactlyInAnyOrder(entry.getValue().stream()
                            .mapToInt(Integer::intValue)
                            .toArray());
        }
        assertThat(map.size(999_999_999L)).isZero();
    }

    private static int[] values(PostingMap map, long key) {
        int[] target = new int[map.size(key) + 2];
        int copied = map.copyValues(key, target, 1);
        return Arrays.copyOfRange(target, 1, 1 + copied);
    }
}
