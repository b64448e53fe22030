package org.homeward.movements.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ready households by country of asylum, each in the fair order, remembering who is scheduled. The
 * front of each queue moves past those already scheduled, so filling many departures does not read the
 * same scheduled households again and again.
 */
final class CountryQueues {

    private final List<ReadyHousehold> ordered;
    private final boolean[] taken;
    private final Map<String, int[]> positionsByCountry = new LinkedHashMap<>();
    private final Map<String, int[]> fronts = new LinkedHashMap<>();

    CountryQueues(List<ReadyHousehold> ordered) {
        this.ordered = ordered;
        this.taken = new boolean[ordered.size()];
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int index = 0; index < ordered.size(); index++) {
            positions
                    .computeIfAbsent(ordered.get(index).asylumCountry(), country -> new ArrayList<>())
                    .add(index);
        }
        positions.forEach((country, list) -> {
            positionsByCountry.put(
                    country, list.stream().mapToInt(Integer::intValue).toArray());
            fronts.put(country, new int[] {0});
        });
    }

    /** A walk over the country's households not yet scheduled, in the fair order. */
    Cursor cursor(String country) {
        return new Cursor(
                positionsByCountry.getOrDefault(country, new int[0]), fronts.getOrDefault(country, new int[] {0}));
    }

    /** Every household not scheduled, in the fair order. */
    List<ReadyHousehold> unplaced() {
        List<ReadyHousehold> left = new ArrayList<>();
        for (int index = 0; index < ordered.size(); index++) {
            if (!taken[index]) {
                left.add(ordered.get(index));
            }
        }
        return left;
    }

    /** One walk over a country's queue. */
    final class Cursor {

        private final int[] positions;
        private final int[] front;
        private int next;
        private int current = -1;

        private Cursor(int[] positions, int[] front) {
            this.positions = positions;
            this.front = front;
            while (front[0] < positions.length && taken[positions[front[0]]]) {
                front[0]++;
            }
            this.next = front[0];
        }

        boolean hasNext() {
            while (next < positions.length && taken[positions[next]]) {
                next++;
            }
            return next < positions.length;
        }

        ReadyHousehold next() {
            hasNext();
            current = positions[next++];
            return ordered.get(current);
        }

        /** Marks the household last returned as scheduled. */
        void take() {
            taken[current] = true;
        }
    }
}
