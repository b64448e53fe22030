package org.homeward.statistics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut into what the summary holds most cheaply: whole months, read from month rows, and
 * the odd days before and after them, read from day rows. A period of days only, when asked.
 */
record PeriodSplit(LocalDate firstMonth, LocalDate lastMonth, List<LocalDate[]> dayRanges) {

    static PeriodSplit of(LocalDate from, LocalDate to, boolean daysOnly) {
        LocalDate firstWholeMonth =
                from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastWholeMonthEnd = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))
                ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (daysOnly || firstWholeMonth.isAfter(lastWholeMonthEnd)) {
            return new PeriodSplit(null, null, List.<LocalDate[]>of(new LocalDate[] {from, to}));
        }
        List<LocalDate[]> days = new ArrayList<>();
        if (from.isBefore(firstWholeMonth)) {
            days.add(new LocalDate[] {from, firstWholeMonth.minusDays(1)});
        }
        if (to.isAfter(lastWholeMonthEnd)) {
            days.add(new LocalDate[] {lastWholeMonthEnd.plusDays(1), to});
        }
        return new PeriodSplit(firstWholeMonth, lastWholeMonthEnd.withDayOfMonth(1), List.copyOf(days));
    }

    boolean hasMonths() {
        return firstMonth != null;
    }
}
