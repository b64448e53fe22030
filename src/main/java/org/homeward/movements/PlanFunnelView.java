package org.homeward.movements;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A return plan's funnel against its targets: totals per stage, and planned against actual by
 * country of asylum and month, by crossing, and by week. A stage no feature counts yet is absent
 * from the maps (shown as not counted), never zero.
 *
 * @param counted the stages some source counts
 */
public record PlanFunnelView(UUID planId, long targetPersons, List<FunnelStage> counted, Map<FunnelStage, Long> totals,
                             List<Row> byCountryMonth, List<Row> byCrossing, List<Row> byWeek) {

    public PlanFunnelView {
        counted = List.copyOf(counted);
        totals = Map.copyOf(totals);
        byCountryMonth = List.copyOf(byCountryMonth);
        byCrossing = List.copyOf(byCrossing);
        byWeek = List.copyOf(byWeek);
    }

    /**
     * One line of a breakdown.
     *
     * @param key     what the line is about: {@code LBN 2027-03}, a crossing code, or a week
     * @param target  the persons the plan means to bring home in it (0 where no target applies, such as a week)
     * @param persons persons per counted stage
     */
    public record Row(String key, long target, Map<FunnelStage, Long> persons) {

        public Row {
            persons = Map.copyOf(persons);
        }

        public long at(FunnelStage stage) {
            return persons.getOrDefault(stage, 0L);
        }
    }
}
