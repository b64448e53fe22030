package org.homeward.documentation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.homeward.problems.CommonProblemCode;

/** Checks of what people type into case requests, each refusal naming its field and reason. */
final class CaseInput {

    private CaseInput() {}

    /** A YYYY-MM-DD date, or null when blank; a date after {@code latest} is refused when {@code latest} is given. */
    static LocalDate date(String text, String field, LocalDate latest) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidCaseRequestException.of(
                    field, CommonProblemCode.DATE_INVALID, "is not a date of the form YYYY-MM-DD");
        }
        if (latest != null && date.isAfter(latest)) {
            throw InvalidCaseRequestException.of(field, CommonProblemCode.DATE_IN_FUTURE, "lies in the future");
        }
        if (date.getYear() < 1900) {
            throw InvalidCaseRequestException.of(field, CommonProblemCode.DATE_INVALID, "lies before 1900");
        }
        return date;
    }

    /** Trimmed text of at most {@code max} characters; blank is null unless required. */
    static String text(String text, String field, int max, boolean required) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw InvalidCaseRequestException.of(field, DocumentationProblemCode.REQUIRED, "is required");
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw InvalidCaseRequestException.of(
                    field, DocumentationProblemCode.TOO_LONG, "is longer than " + max + " characters");
        }
        return trimmed;
    }

    static <E extends Enum<E>> E choice(Class<E> kind, String text, String field) {
        try {
            return Enum.valueOf(kind, text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidCaseRequestException.of(
                    field,
                    DocumentationProblemCode.UNKNOWN_VALUE,
                    "is not one of " + java.util.Arrays.toString(kind.getEnumConstants()));
        }
    }
}
