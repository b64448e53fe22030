package org.homeward.conditions;

import java.util.List;

/**
 * The index of an area: 0 (no condition met) to 100 (every condition met), with what moved it.
 *
 * @param score    the weighted mean of the indicators with current values
 * @param factors  each counted indicator with the points it cost the area, the largest loss first
 * @param missing  index indicators with no current value, left out of the mean
 */
record ConditionIndex(int score, List<Factor> factors, List<String> missing) {

    ConditionIndex {
        factors = List.copyOf(factors);
        missing = List.copyOf(missing);
    }

    /**
     * One indicator's part in the score.
     *
     * @param value       the value counted: the least favourable current value when sources disagree
     * @param pointsLost  how far below 100 this indicator pulled the score
     */
    record Factor(String indicator, double value, int weight, double pointsLost) {}
}
