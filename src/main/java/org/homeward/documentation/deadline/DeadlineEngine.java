package org.homeward.documentation.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Works out the due day and days left of a step from a jurisdiction's dated rules. The limit in
 * force on the judged day counts from the case's event; a waiver in force that covers the event
 * lifts it; every pause in force that falls while the clock runs pushes the due day back by the
 * paused days, so the clock resumes where it stopped.
 */
public final class DeadlineEngine {

    private final List<DeadlineRule> rules;

    public DeadlineEngine(List<DeadlineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules the engine knows, in the order given. */
    public List<DeadlineRule> rules() {
        return rules;
    }

    /** The deadline of {@code step} of a {@code caseType} case in {@code jurisdiction}, as things stand on {@code judgedOn}. */
    public Deadline deadline(
            String jurisdiction, String caseType, String step, Optional<LocalDate> eventDate, LocalDate judgedOn) {
        Optional<DeadlineRule.Limit> limit = limitInForce(jurisdiction, caseType, step, judgedOn);
        if (limit.isEmpty()) {
            return Deadline.without(DeadlineState.NO_LIMIT, List.of());
        }
        List<String> sources = new ArrayList<>(List.of(limit.get().source()));
        if (eventDate.isEmpty()) {
            return Deadline.without(DeadlineState.EVENT_DATE_UNKNOWN, sources);
        }
        LocalDate event = eventDate.get();
        Optional<DeadlineRule.Waiver> waiver = rulesOf(jurisdiction, DeadlineRule.Waiver.class, judgedOn)
                .filter(candidate -> candidate.covers(caseType, step, event))
                .findFirst();
        if (waiver.isPresent()) {
            sources.add(waiver.get().source());
            return Deadline.without(DeadlineState.WAIVED, sources);
        }
        List<DeadlineRule.Pause> pauses = rulesOf(jurisdiction, DeadlineRule.Pause.class, judgedOn)
                .filter(pause -> pause.stops(caseType))
                .sorted(Comparator.comparing(DeadlineRule.Pause::from))
                .toList();
        LocalDate due = event.plus(limit.get().within());
        for (DeadlineRule.Pause pause : pauses) {
            // A pause counts only while the clock runs: after the event and before the (pushed) due day.
            if (pause.from().isAfter(due) || pause.to().isBefore(event)) {
                continue;
            }
            LocalDate stoppedFrom = pause.from().isBefore(event) ? event : pause.from();
            due = due.plusDays(ChronoUnit.DAYS.between(stoppedFrom, pause.to()) + 1);
            sources.add(pause.source());
        }
        long left = ChronoUnit.DAYS.between(judgedOn, due) - pausedDaysAfter(judgedOn, due, pauses);
        DeadlineState state = left < 0
                ? DeadlineState.OVERDUE
                : pauses.stream().anyMatch(pause -> pause.contains(judgedOn) && !event.isAfter(judgedOn))
                        ? DeadlineState.PAUSED
                        : DeadlineState.RUNNING;
        return new Deadline(state, Optional.of(due), Optional.of(left), sources);
    }

    private Optional<DeadlineRule.Limit> limitInForce(
            String jurisdiction, String caseType, String step, LocalDate day) {
        return rulesOf(jurisdiction, DeadlineRule.Limit.class, day)
                .filter(limit ->
                        limit.caseType().equals(caseType) && limit.step().equals(step))
                .max(Comparator.comparing(DeadlineRule.Limit::effectiveFrom));
    }

    private <R extends DeadlineRule> java.util.stream.Stream<R> rulesOf(
            String jurisdiction, Class<R> kind, LocalDate day) {
        return rules.stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .filter(rule -> rule.jurisdiction().equals(jurisdiction) && rule.inForceOn(day));
    }

    /** Paused days strictly after {@code from} up to {@code due}: the clock does not run on them. */
    private static long pausedDaysAfter(LocalDate from, LocalDate due, List<DeadlineRule.Pause> pauses) {
        long paused = 0;
        for (DeadlineRule.Pause pause : pauses) {
            LocalDate start = pause.from().isAfter(from) ? pause.from() : from.plusDays(1);
            LocalDate end = pause.to().isBefore(due) ? pause.to() : due;
            if (!end.isBefore(start)) {
                paused += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return paused;
    }
}
