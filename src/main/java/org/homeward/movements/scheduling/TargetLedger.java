package org.homeward.movements.scheduling;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many persons each target may still take this week. A week takes its share of what is left of a
 * month's target — in proportion to the month's days that fall in the week, out of the month's days
 * still to come — so that the first week of a month does not take the whole month, and a month's
 * shortfall is spread over its remaining weeks.
 */
final class TargetLedger {

    private record Cell(String country, YearMonth month, String crossing) {}

    private final Map<Cell, int[]> weekShare = new HashMap<>();

    TargetLedger(List<MonthlyTarget> targets, LocalDate weekStartsOn) {
        LocalDate weekEndsOn = weekStartsOn.plusDays(6);
        for (MonthlyTarget target : targets) {
            LocalDate first = later(target.month().atDay(1), weekStartsOn);
            LocalDate last = target.month().atEndOfMonth();
            long daysInWeek = ChronoUnit.DAYS.between(first, earlier(last, weekEndsOn)) + 1;
            long daysLeft = ChronoUnit.DAYS.between(first, last) + 1;
            int share = daysInWeek <= 0 || daysLeft <= 0
                    ? 0
                    : (int) -Math.floorDiv(-(long) target.remainingPersons() * daysInWeek, daysLeft);
            weekShare.merge(
                    new Cell(target.asylumCountry(), target.month(), target.crossingCode()),
                    new int[] {share},
                    (left, right) -> new int[] {left[0] + right[0]});
        }
    }

    /** Whether any target covers the departure: its country and month, through its crossing or any. */
    boolean covers(Departure departure) {
        return specific(departure) != null || anyCrossing(departure) != null;
    }

    /** Persons the departure may still take under every target that covers it; zero when none covers it. */
    int room(Departure departure) {
        int[] specific = specific(departure);
        int[] any = anyCrossing(departure);
        if (specific == null && any == null) {
            return 0;
        }
        return Math.min(specific == null ? Integer.MAX_VALUE : specific[0], any == null ? Integer.MAX_VALUE : any[0]);
    }

    void take(Departure departure, int persons) {
        int[] specific = specific(departure);
        int[] any = anyCrossing(departure);
        if (specific != null) {
            specific[0] -= persons;
        }
        if (any != null) {
            any[0] -= persons;
        }
    }

    private int[] specific(Departure departure) {
        return weekShare.get(
                new Cell(departure.asylumCountry(), YearMonth.from(departure.departsOn()), departure.crossingCode()));
    }

    private int[] anyCrossing(Departure departure) {
        return weekShare.get(new Cell(departure.asylumCountry(), YearMonth.from(departure.departsOn()), ""));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
