package org.homeward.conditions;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the map shows when an area is clicked: its conditions today, every value ever
 * recorded (newest first), and its status and index at the end of each of the last months.
 */
record AreaDetail(String name, AreaConditions today, List<Assessment> history, List<TrendPoint> trend) {

    AreaDetail {
        history = List.copyOf(history);
        trend = List.copyOf(trend);
    }

    /** The area as it stood on a past day. */
    record TrendPoint(LocalDate on, AreaStatus status, Integer index) {}
}
