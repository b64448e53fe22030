package org.homeward.movements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * The months a figures table covers, from {@code from} to {@code to} (YYYY-MM, both included); the
 * last twelve months by default, at most five years.
 */
record FigurePeriod(LocalDate from, LocalDate to) {

    static final int MAX_MONTHS = 60;

    static FigurePeriod of(String from, String to, LocalDate today) {
        YearMonth last = month(to, "to", YearMonth.from(today));
        YearMonth first = month(from, "from", last.minusMonths(11));
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw new InvalidPeriodException(
                    "from", "The period runs from its first month to its last, at most 60 months");
        }
        return new FigurePeriod(first.atDay(1), last.atEndOfMonth());
    }

    private static YearMonth month(String text, String field, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidPeriodException(field, "Not a month: write it as YYYY-MM");
        }
    }

    /** A period that cannot be shown. */
    static final class InvalidPeriodException extends ProblemException {

        private final String field;

        InvalidPeriodException(String field, String message) {
            super(message);
            this.field = field;
        }

        @Override
        public ProblemKind kind() {
            return ProblemKind.INVALID;
        }

        @Override
        public ProblemCode code() {
            return MovementsProblemCode.PERIOD_INVALID;
        }

        @Override
        public List<FieldProblem> fieldProblems() {
            return List.of(new FieldProblem(field, code(), getMessage()));
        }
    }
}
