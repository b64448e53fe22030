package org.homeward.movements.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One week to schedule: its first day, the departures offered in it, what is left of the plan's monthly
 * targets, and the households that are ready.
 */
public record SchedulingProblem(
        LocalDate weekStartsOn,
        List<Departure> departures,
        List<MonthlyTarget> targets,
        List<ReadyHousehold> households) {

    public SchedulingProblem {
        Objects.requireNonNull(weekStartsOn, "weekStartsOn");
        departures = List.copyOf(departures);
        targets = List.copyOf(targets);
        households = List.copyOf(households);
    }

    /** The week's last day. */
    public LocalDate weekEndsOn() {
        return weekStartsOn.plusDays(6);
    }
}
