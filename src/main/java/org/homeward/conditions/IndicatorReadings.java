package org.homeward.conditions;

import java.util.List;

/**
 * The current values of one indicator in an area, one per source and place, side by side.
 *
 * @param disagree whether the sources report different values; they are then shown, never averaged
 */
record IndicatorReadings(String indicator, IndicatorGroup group, List<Assessment> current, boolean disagree) {

    IndicatorReadings {
        current = List.copyOf(current);
    }
}
