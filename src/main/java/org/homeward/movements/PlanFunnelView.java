package org.homeward.movements;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A return plan's funnel against its targets: totals per stage, and planned against actual by
 * country of asylum and month, by crossing, and by week. A stage no feature counts yet is absent
 * from the maps (shown as not counted), never zero. In a protected view (for readers who do not see
 * the persons, see {@link PlanFunnel#published}) a count hidden by small-cell protection is present
 * with the value null.
 *
 * @param counted          the stages some source counts
 * @param smallCellsHidden whether small counts, and whatever would give them back, are hidden (null)
 */
public record PlanFunnelView(
        UUID planId,
        long targetPersons,
        List<FunnelStage> counted,
        Map<FunnelStage, Long> totals,
        List<Row> byCountryMonth,
        List<Row> byCrossing,
        List<Row> byWeek,
        boolean smallCellsHidden) {

    public PlanFunnelView {
        counted = List.copyOf(counted);
        totals = copy(totals);
        byCountryMonth = List.copyOf(byCountryMonth);
        byCrossing = List.copyOf(byCrossing);
        byWeek = List.copyOf(byWeek);
    }

    /** An exact view: every count as counted. */
    public PlanFunnelView(
            UUID planId,
            long targetPersons,
            List<FunnelStage> counted,
            Map<FunnelStage, Long> totals,
            List<Row> byCountryMonth,
            List<Row> byCrossing,
            List<Row> byWeek) {
        this(planId, targetPersons, counted, totals, byCountryMonth, byCrossing, byWeek, false);
    }

    /** Whether the stage's total is hidden by small-cell protection. */
    public boolean hidden(FunnelStage stage) {
        return totals.containsKey(stage) && totals.get(stage) == null;
    }

    /**
     * One line of a breakdown.
     *
     * @param key     what the line is about: {@code LBN 2027-03}, a crossing code, or a week
     * @param target  the persons the plan means to bring home in it (0 where no target applies, such as a week)
     * @param persons persons per counted stage; null where hidden by small-cell protection
     */
    public record Row(String key, long target, Map<FunnelStage, Long> persons) {

        public Row {
            persons = copy(persons);
        }

        /** The persons at the stage, 0 when none, and 0 too when hidden: see {@link #hidden}. */
        public long at(FunnelStage stage) {
            Long value = persons.get(stage);
            return value == null ? 0L : value;
        }

        /** Whether the count of the stage on this line is hidden by small-cell protection. */
        public boolean hidden(FunnelStage stage) {
            return persons.containsKey(stage) && persons.get(stage) == null;
        }
    }

    /** An unmodifiable copy in stage order that keeps hidden (null) counts. */
    private static Map<FunnelStage, Long> copy(Map<FunnelStage, Long> counts) {
        Map<FunnelStage, Long> copy = new EnumMap<>(FunnelStage.class);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }
}
