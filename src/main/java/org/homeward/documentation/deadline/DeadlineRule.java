package org.homeward.documentation.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated rule of one jurisdiction. A rule counts only on days on or after its effective date,
 * so a rule decreed later changes the answer from that day on and not before.
 */
public sealed interface DeadlineRule {

    /** The jurisdiction (ISO 3166 alpha-3 country code) whose authorities the rule binds. */
    String jurisdiction();

    /** The first day the rule is in force. */
    LocalDate effectiveFrom();

    /** Where the rule comes from (a law, a decree, a circular), shown beside the deadline. */
    String source();

    /** Whether the rule is in force on the given day. */
    default boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom());
    }

    /**
     * A time limit: the step of the case type must be done within {@code within} of the case's event.
     * Of several limits for one step, the latest in force wins.
     */
    record Limit(
            String jurisdiction, String caseType, String step, Period within, LocalDate effectiveFrom, String source)
            implements DeadlineRule {
        public Limit {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(caseType, "caseType");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(within, "within");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            if (within.isNegative() || within.isZero()) {
                throw new IllegalArgumentException("a time limit must be longer than zero");
            }
        }
    }

    /** A waiver: events between {@code eventsFrom} and {@code eventsTo} (inclusive) have no time limit for the step. */
    record Waiver(
            String jurisdiction,
            String caseType,
            String step,
            LocalDate eventsFrom,
            LocalDate eventsTo,
            LocalDate effectiveFrom,
            String source)
            implements DeadlineRule {
        public Waiver {
            Objects.requireNonNull(eventsFrom, "eventsFrom");
            Objects.requireNonNull(eventsTo, "eventsTo");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            if (eventsTo.isBefore(eventsFrom)) {
                throw new IllegalArgumentException("a waiver's last event day comes before its first");
            }
        }

        boolean covers(String caseType, String step, LocalDate event) {
            return this.caseType.equals(caseType)
                    && this.step.equals(step)
                    && !event.isBefore(eventsFrom)
                    && !event.isAfter(eventsTo);
        }
    }

    /**
     * A pause: every clock of the jurisdiction (or only of one case type, when given) stops from
     * {@code from} to {@code to} inclusive, then runs again where it stopped.
     */
    record Pause(
            String jurisdiction,
            Optional<String> caseType,
            LocalDate from,
            LocalDate to,
            LocalDate effectiveFrom,
            String source)
            implements DeadlineRule {
        public Pause {
            Objects.requireNonNull(caseType, "caseType");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a pause ends before it starts");
            }
        }

        boolean stops(String caseType) {
            return this.caseType.map(caseType::equals).orElse(true);
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
