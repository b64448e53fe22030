package org.homeward.movements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks a plan's targets: known country and crossing, a month inside the plan, a sensible count, no repeats. */
@Component
class PlanTargetRules {

    static final int MAX_TARGETS = 5_000;
    static final int MAX_PERSONS = 10_000_000;
    private final PlaceLookup places;

    PlanTargetRules(PlaceLookup places) {
        this.places = places;
    }

    /** The targets normalised (upper-case codes, empty crossing for any), or the problems, each naming its row. */
    List<PlanTarget> check(
            List<PlanTarget> targets, LocalDate startsOn, LocalDate endsOn, List<FieldProblem> problems) {
        List<PlanTarget> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < targets.size(); row++) {
            String field = "targets[" + row + "]";
            PlanTarget target = targets.get(row);
            if (target == null) {
                problems.add(
                        new FieldProblem(field, MovementsProblemCode.TARGET_MISSING, "Row " + (row + 1) + " is empty"));
                continue;
            }
            int before = problems.size();
            String country = upper(target.asylumCountry());
            if (country.isEmpty() || !places.isKnownCountry(country)) {
                problems.add(new FieldProblem(
                        field + ".asylumCountry",
                        CommonProblemCode.COUNTRY_UNKNOWN,
                        "Row " + (row + 1) + ": give the country of asylum as a known ISO3 code such as LBN or TUR"));
            }
            YearMonth month = month(target.month());
            if (month == null) {
                problems.add(new FieldProblem(
                        field + ".month",
                        MovementsProblemCode.MONTH_INVALID,
                        "Row " + (row + 1) + ": give the month as YYYY-MM"));
            } else if (month.isBefore(YearMonth.from(startsOn)) || month.isAfter(YearMonth.from(endsOn))) {
                problems.add(new FieldProblem(
                        field + ".month",
                        MovementsProblemCode.MONTH_OUTSIDE_PLAN,
                        "Row " + (row + 1) + ": the month " + month + " is outside the plan's period"));
            }
            String crossing = upper(target.crossingCode());
            if (!crossing.isEmpty() && !places.isKnownCrossing(crossing)) {
                problems.add(new FieldProblem(
                        field + ".crossingCode",
                        MovementsProblemCode.CROSSING_UNKNOWN,
                        "Row " + (row + 1) + ": not a known crossing point code (leave it empty for any crossing)"));
            }
            if (target.persons() == null || target.persons() < 0 || target.persons() > MAX_PERSONS) {
                problems.add(new FieldProblem(
                        field + ".persons",
                        MovementsProblemCode.PERSONS_INVALID,
                        "Row " + (row + 1) + ": give the number of persons, from 0 to " + MAX_PERSONS));
            }
            if (problems.size() > before) {
                continue;
            }
            if (!seen.add(country + "|" + month + "|" + crossing)) {
                problems.add(new FieldProblem(
                        field,
                        MovementsProblemCode.TARGET_REPEATED,
                        "Row " + (row + 1) + ": the same country, month and crossing are given twice"));
                continue;
            }
            checked.add(new PlanTarget(country, month.toString(), crossing, target.persons()));
        }
        return checked;
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank() || text.trim().length() > 7) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }
}
