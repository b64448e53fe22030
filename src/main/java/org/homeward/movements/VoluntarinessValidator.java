package org.homeward.movements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a voluntariness form field by field and gathers every problem, so that the officer sees
 * all that is wrong at once. A place of detention or custody is reported first: no other field
 * matters there.
 */
@Component
class VoluntarinessValidator {

    static final int MAX_TEXT = 200;
    private final VoluntarinessMessages messages;

    VoluntarinessValidator(VoluntarinessMessages messages) {
        this.messages = messages;
    }

    VoluntarinessForm validate(RecordVoluntarinessRequest request, VoluntarinessBasis basis, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        VoluntarinessPlaceType place =
                VoluntarinessPlaceType.parse(request.placeType()).orElse(null);
        if (place == null) {
            problems.add(messages.field("placeType", MovementsProblemCode.PLACE_TYPE_INVALID));
        } else if (place.refused()) {
            problems.add(messages.field("placeType", MovementsProblemCode.PLACE_IN_CUSTODY));
        }
        String placeName = required(request.placeName(), "placeName", problems);
        String language = request.interviewLanguage() == null
                ? ""
                : request.interviewLanguage().trim().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            problems.add(messages.field("interviewLanguage", MovementsProblemCode.LANGUAGE_INVALID));
        }
        String readAloudBy = required(request.readAloudBy(), "readAloudBy", problems);
        String interpreter = optional(request.interpreter(), "interpreter", problems);
        String witness = optional(request.witness(), "witness", problems);
        if (!Boolean.TRUE.equals(request.understood())) {
            problems.add(messages.field("understood", MovementsProblemCode.UNDERSTANDING_NOT_CONFIRMED));
        }
        if (!"VOLUNTARY_RETURN".equals(request.decision())) {
            problems.add(messages.field("decision", MovementsProblemCode.DECISION_INVALID));
        }
        String briefingLanguage = request.briefingLanguage() == null
                ? ""
                : request.briefingLanguage().trim();
        if (!briefingLanguage.equals("ar") && !briefingLanguage.equals("en")) {
            problems.add(messages.field("briefingLanguage", MovementsProblemCode.BRIEFING_LANGUAGE_INVALID));
        }
        if (request.briefingDigest() == null || !request.briefingDigest().matches("[0-9a-f]{64}")) {
            problems.add(messages.field("briefingDigest", MovementsProblemCode.BRIEFING_NOT_SHOWN));
        }
        BestInterests assessment = bestInterests(request, basis, today, problems);
        if (!problems.isEmpty()) {
            problems.sort((first, second) -> Boolean.compare(
                    !first.code().equals("PLACE_IN_CUSTODY"), !second.code().equals("PLACE_IN_CUSTODY")));
            throw messages.invalid(problems);
        }
        return new VoluntarinessForm(
                place,
                placeName,
                language,
                readAloudBy,
                interpreter,
                witness,
                briefingLanguage,
                request.briefingDigest(),
                assessment.by(),
                assessment.on(),
                assessment.outcome(),
                assessment.reference());
    }

    private record BestInterests(String by, LocalDate on, BestInterestsOutcome outcome, String reference) {}

    private BestInterests bestInterests(
            RecordVoluntarinessRequest request,
            VoluntarinessBasis basis,
            LocalDate today,
            List<FieldProblem> problems) {
        if (!basis.needsBestInterests()) {
            return new BestInterests(null, null, null, null);
        }
        String by = required(request.bestInterestsBy(), "bestInterestsBy", problems);
        String reference = required(request.bestInterestsReference(), "bestInterestsReference", problems);
        LocalDate on = null;
        try {
            on = request.bestInterestsOn() == null
                    ? null
                    : LocalDate.parse(request.bestInterestsOn().trim());
        } catch (DateTimeParseException badDate) {
            on = null;
        }
        if (on == null || on.isAfter(today)) {
            problems.add(messages.field("bestInterestsOn", MovementsProblemCode.BEST_INTERESTS_DATE_INVALID));
        }
        BestInterestsOutcome outcome = null;
        try {
            outcome = request.bestInterestsOutcome() == null
                    ? null
                    : BestInterestsOutcome.valueOf(
                            request.bestInterestsOutcome().trim());
        } catch (IllegalArgumentException unknown) {
            outcome = null;
        }
        if (outcome == null) {
            problems.add(messages.field("bestInterestsOutcome", MovementsProblemCode.BEST_INTERESTS_OUTCOME_INVALID));
        }
        return new BestInterests(by, on, outcome, reference);
    }

    private String required(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(messages.field(field, MovementsProblemCode.FIELD_REQUIRED));
            return null;
        }
        return optional(value, field, problems);
    }

    private String optional(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > MAX_TEXT) {
            problems.add(messages.field(field, CommonProblemCode.FIELD_TOO_LONG, MAX_TEXT));
            return null;
        }
        return value.trim();
    }
}
