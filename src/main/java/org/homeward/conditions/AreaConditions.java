package org.homeward.conditions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known of one sub-district on one day: its status, the red lines reported present, the
 * red lines nobody confirmed absent, the index, every current value, and how many values were too old to count.
 *
 * @param redLinesPresent     the current values that report a red line present
 * @param redLinesUnconfirmed red lines with no current value
 * @param staleValues         values that would have counted had they been recent enough
 * @param latestAssessment    the most recent day any counted value was assessed
 */
record AreaConditions(
        String subdistrictPcode,
        LocalDate on,
        AreaStatus status,
        List<Assessment> redLinesPresent,
        List<String> redLinesUnconfirmed,
        Optional<ConditionIndex> index,
        List<IndicatorReadings> readings,
        int staleValues,
        Optional<LocalDate> latestAssessment) {

    AreaConditions {
        redLinesPresent = List.copyOf(redLinesPresent);
        redLinesUnconfirmed = List.copyOf(redLinesUnconfirmed);
        readings = List.copyOf(readings);
    }

    /** The conditions of an area the application cannot place at sub-district level. */
    static AreaConditions unplaced(String pcode, LocalDate on, List<String> redLines) {
        return new AreaConditions(
                pcode, on, AreaStatus.UNKNOWN, List.of(), redLines, Optional.empty(), List.of(), 0, Optional.empty());
    }

    /** The distinct red-line indicators reported present, in the configured order of the values. */
    public List<String> presentRedLineIndicators() {
        return redLinesPresent.stream().map(Assessment::indicator).distinct().toList();
    }
}
