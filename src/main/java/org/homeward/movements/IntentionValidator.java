package org.homeward.movements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks an intention typed on the form or sent to the API: a known answer, a destination that
 * resolves to one place, conditions from the code list, and a statement day that is not in the future.
 */
@Component
class IntentionValidator {

    private final IntentionDestinations destinations;

    IntentionValidator(IntentionDestinations destinations) {
        this.destinations = destinations;
    }

    /** The intention checked, or every problem found in it at once. */
    IntentionDetails check(RecordIntentionRequest request, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        IntentionAnswer answer = answer(request.intention(), problems);
        String destination = destination(request.destination(), problems);
        List<IntentionCondition> conditions = conditions(request.conditions(), problems);
        LocalDate statedOn = statedOn(request.statedOn(), today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidIntentionException(problems);
        }
        return new IntentionDetails(answer, destination, conditions, Boolean.TRUE.equals(request.goAndSee()), statedOn);
    }

    private static IntentionAnswer answer(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(
                    new FieldProblem(
                            "intention",
                            MovementsProblemCode.INTENTION_MISSING,
                            "Say whether the household intends to return: WITHIN_3_MONTHS, WITHIN_12_MONTHS, NOT_INTENDING or UNDECIDED"));
            return null;
        }
        try {
            return IntentionAnswer.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(
                    "intention",
                    MovementsProblemCode.INTENTION_UNKNOWN,
                    "Not an intention: use WITHIN_3_MONTHS, WITHIN_12_MONTHS, NOT_INTENDING or UNDECIDED"));
            return null;
        }
    }

    private String destination(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        IntentionDestinations.Resolved resolved = destinations.resolve(text);
        if (!resolved.found()) {
            problems.add(new FieldProblem("destination", resolved.problemCode(), resolved.message()));
        }
        return resolved.pcode();
    }

    private static List<IntentionCondition> conditions(List<String> codes, List<FieldProblem> problems) {
        Set<IntentionCondition> found = EnumSet.noneOf(IntentionCondition.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                found.add(IntentionCondition.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(
                        new FieldProblem(
                                "conditions",
                                MovementsProblemCode.CONDITION_UNKNOWN,
                                "Not a condition of the code list: "
                                        + "use SAFETY, HOUSING, SERVICES, LIVELIHOODS, DOCUMENTS, MILITARY_SERVICE, PROPERTY or OTHER"));
            }
        }
        return List.copyOf(found);
    }

    private static LocalDate statedOn(String text, LocalDate today, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today)) {
                problems.add(new FieldProblem(
                        "statedOn",
                        MovementsProblemCode.STATED_IN_FUTURE,
                        "The day the household said it is in the future"));
            }
            return day;
        } catch (DateTimeParseException unreadable) {
            problems.add(
                    new FieldProblem("statedOn", CommonProblemCode.DATE_INVALID, "Not a date: write it as YYYY-MM-DD"));
            return today;
        }
    }
}
