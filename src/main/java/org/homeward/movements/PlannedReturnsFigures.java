package org.homeward.movements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homeward.statistics.PlannedReturnsSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells statistics what each return plan meant to do and what its movements did, per country of
 * asylum, crossing and ISO week: a month's target spread over the weeks by the month's days in each,
 * and the persons scheduled, boarded and arrived as the plan's funnel sources count them.
 */
@Component
class PlannedReturnsFigures implements PlannedReturnsSource {

    private static final Set<FunnelStage> ACTUAL =
            Set.of(FunnelStage.SCHEDULED, FunnelStage.BOARDED, FunnelStage.ARRIVED);

    private final ReturnPlanService plans;
    private final List<FunnelStageSource> sources;

    PlannedReturnsFigures(ReturnPlanService plans, List<FunnelStageSource> sources) {
        this.plans = plans;
        this.sources = List.copyOf(sources);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> lines(LocalDate from, LocalDate to) {
        List<Line> lines = new ArrayList<>();
        for (ReturnPlan listed : plans.list()) {
            if (listed.startsOn().isAfter(to) || listed.endsOn().isBefore(from)) {
                continue;
            }
            // The list leaves targets out; the plan itself has them.
            ReturnPlan plan = plans.find(listed.id());
            Map<List<String>, long[]> cells = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
                    .thenComparing(key -> key.get(1))
                    .thenComparing(key -> key.get(2)));
            for (PlanTarget target : plan.targets()) {
                weeklyShares(YearMonth.parse(target.month()), target.persons())
                        .forEach((week, persons) ->
                                cell(cells, target.asylumCountry(), target.crossingCode(), week)[0] += persons);
            }
            for (FunnelStageSource source : sources) {
                for (StageCount count : source.count(plan)) {
                    if (ACTUAL.contains(count.stage())
                            && source.stages().contains(count.stage())
                            && !count.week().isEmpty()) {
                        long[] cell = cell(cells, count.asylumCountry(), count.crossingCode(), count.week());
                        cell[
                                        1
                                                + List.of(
                                                                FunnelStage.SCHEDULED,
                                                                FunnelStage.BOARDED,
                                                                FunnelStage.ARRIVED)
                                                        .indexOf(count.stage())] +=
                                count.persons();
                    }
                }
            }
            cells.forEach((key, counts) -> {
                if (overlaps(key.get(2), from, to)) {
                    lines.add(new Line(
                            plan.name(),
                            key.get(0),
                            key.get(1),
                            key.get(2),
                            counts[0],
                            counts[1],
                            counts[2],
                            counts[3]));
                }
            });
        }
        return lines;
    }

    private static long[] cell(Map<List<String>, long[]> cells, String country, String crossing, String week) {
        return cells.computeIfAbsent(
                List.of(country == null ? "" : country, crossing == null ? "" : crossing, week), key -> new long[4]);
    }

    /**
     * A month's persons shared among the ISO weeks its days fall in, by days, the remainders going
     * to the weeks with the largest fractions, so that the shares always add up to the target.
     */
    static Map<String, Long> weeklyShares(YearMonth month, long persons) {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            days.merge(week(day), 1, Integer::sum);
        }
        int length = month.lengthOfMonth();
        Map<String, Long> shares = new LinkedHashMap<>();
        List<String> byRemainder = new ArrayList<>(days.keySet());
        long given = 0;
        for (Map.Entry<String, Integer> entry : days.entrySet()) {
            long share = persons * entry.getValue() / length;
            shares.put(entry.getKey(), share);
            given += share;
        }
        byRemainder.sort(Comparator.comparingLong((String week) -> -(persons * days.get(week) % length)));
        for (int i = 0; given < persons; i++, given++) {
            shares.merge(byRemainder.get(i), 1L, Long::sum);
        }
        return shares;
    }

    /** The ISO week of a day, as {@code 2027-W05}. */
    static String week(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static boolean overlaps(String week, LocalDate from, LocalDate to) {
        LocalDate monday = LocalDate.of(Integer.parseInt(week.substring(0, 4)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(week.substring(6)))
                .with(DayOfWeek.MONDAY);
        return !monday.isAfter(to) && !monday.plusDays(6).isBefore(from);
    }
}
