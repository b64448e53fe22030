package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a week to schedule: the week's first day, and each departure as a movement is checked when it
 * is created (the same rules, its problems named {@code departures[2].vehicles[1].seats}), on a day of
 * the week within the plan's period and from a country of asylum.
 */
@Component
class ScheduleRequestRules {

    static final int MAX_DEPARTURES = 100;

    /** A departure that passed its checks, with the request a movement will be created from. */
    record Offered(int index, Movement movement, CreateMovementRequest request) {}

    /** The checked week. */
    record Week(LocalDate startsOn, List<Offered> departures) {

        LocalDate endsOn() {
            return startsOn.plusDays(6);
        }
    }

    private final MovementRequestRules movementRules;

    ScheduleRequestRules(MovementRequestRules movementRules) {
        this.movementRules = movementRules;
    }

    Week check(ReturnPlan plan, ScheduleWeekRequest request, String actor, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate startsOn = weekStart(request == null ? null : request.weekStartsOn(), plan, problems);
        List<ScheduleWeekRequest.OfferedDeparture> given =
                request == null || request.departures() == null ? List.of() : request.departures();
        if (given.isEmpty() || given.size() > MAX_DEPARTURES) {
            problems.add(new FieldProblem(
                    "departures",
                    MovementsProblemCode.DEPARTURES_MISSING,
                    "Offer from 1 to " + MAX_DEPARTURES + " departures"));
        }
        List<Offered> offered = new ArrayList<>();
        for (int row = 0; row < given.size() && given.size() <= MAX_DEPARTURES; row++) {
            departure(plan, startsOn, row, given.get(row), actor, now, problems).ifPresent(offered::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.SCHEDULE_INVALID, problems);
        }
        return new Week(startsOn, offered);
    }

    private Optional<Offered> departure(
            ReturnPlan plan,
            LocalDate weekStartsOn,
            int row,
            ScheduleWeekRequest.OfferedDeparture departure,
            String actor,
            Instant now,
            List<FieldProblem> problems) {
        String field = "departures[" + row + "]";
        if (departure == null) {
            problems.add(new FieldProblem(
                    field, MovementsProblemCode.DEPARTURE_MISSING, "Row " + (row + 1) + ": describe the departure"));
            return Optional.empty();
        }
        CreateMovementRequest request = new CreateMovementRequest(
                plan.id().toString(),
                "ORGANISED_RETURN",
                departure.departsOn(),
                null,
                departure.departurePoint(),
                departure.asylumCountry(),
                departure.crossingCode(),
                departure.destinationKind(),
                departure.vehicles());
        int before = problems.size();
        Movement movement = null;
        try {
            movement = movementRules.check(request, UUID.randomUUID(), actor, now);
        } catch (InvalidMovementRequestException e) {
            e.fieldProblems()
                    .forEach(problem -> problems.add(new FieldProblem(
                            field + "." + problem.field(),
                            problem.code(),
                            "Departure " + (row + 1) + ": " + problem.message())));
        }
        if (movement != null && movement.asylumCountry() == null) {
            problems.add(new FieldProblem(
                    field + ".asylumCountry",
                    MovementsProblemCode.COUNTRY_MISSING,
                    "Departure " + (row + 1) + ": give the ISO3 code of the country of asylum it leaves from"));
        }
        if (movement != null
                && weekStartsOn != null
                && (movement.departsOn().isBefore(weekStartsOn)
                        || movement.departsOn().isAfter(weekStartsOn.plusDays(6))
                        || movement.departsOn().isBefore(plan.startsOn())
                        || movement.departsOn().isAfter(plan.endsOn()))) {
            problems.add(new FieldProblem(
                    field + ".departsOn",
                    MovementsProblemCode.DEPARTURE_OUTSIDE_WEEK,
                    "Departure " + (row + 1) + ": it must leave within the week and within the plan's period"));
        }
        return problems.size() == before ? Optional.of(new Offered(row, movement, request)) : Optional.empty();
    }

    private static LocalDate weekStart(String text, ReturnPlan plan, List<FieldProblem> problems) {
        try {
            if (text != null && text.strip().length() == 10) {
                LocalDate day = LocalDate.parse(text.strip());
                if (day.plusDays(6).isBefore(plan.startsOn()) || day.isAfter(plan.endsOn())) {
                    problems.add(new FieldProblem(
                            "weekStartsOn",
                            MovementsProblemCode.WEEK_OUTSIDE_PLAN,
                            "The week must overlap the plan's period, " + plan.startsOn() + " to " + plan.endsOn()));
                    return null;
                }
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(
                "weekStartsOn", CommonProblemCode.DATE_INVALID, "Give the week's first day as YYYY-MM-DD"));
        return null;
    }
}
