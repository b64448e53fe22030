package org.homeward.documentation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A civil-documentation case: one paper followed through its chain of steps for one household or
 * one of its members.
 *
 * @param eventDate        the day the legal deadlines count from (a birth, a loss, a marriage), if known
 * @param outcome          ISSUED or REJECTED once the authority decided, kept when the case is closed
 * @param chainCompletedAt when the last required step was done: the figure that matters
 */
public record DocumentationCase(
        UUID id,
        UUID householdId,
        UUID individualId,
        String caseType,
        String jurisdiction,
        CaseStatus status,
        String outcome,
        String registrationSite,
        String destinationPcode,
        LocalDate eventDate,
        String assignedTo,
        UUID proposalId,
        Instant openedAt,
        String openedBy,
        Instant chainCompletedAt,
        Instant closedAt,
        long version,
        List<CaseStep> steps) {

    public DocumentationCase {
        steps = List.copyOf(steps);
    }

    public Optional<LocalDate> event() {
        return Optional.ofNullable(eventDate);
    }

    /** Whether every required step is done (optional steps may be left). */
    public boolean chainComplete() {
        return !steps.isEmpty() && steps.stream().allMatch(CaseStep::satisfied);
    }

    public Optional<CaseStep> step(UUID stepId) {
        return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    /** How many required steps are done, for "2 of 4". */
    public long requiredStepsDone() {
        return steps.stream()
                .filter(step -> !step.optional() && step.status() == StepStatus.DONE)
                .count();
    }

    public long requiredSteps() {
        return steps.stream().filter(step -> !step.optional()).count();
    }
}
