package org.homeward.documentation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.homeward.documentation.deadline.Deadline;
import org.homeward.documentation.deadline.DeadlineState;
import org.springframework.stereotype.Component;

/** The law's clock for the steps of cases, today: per case, and the overdue and soon-due lists of a case worker. */
@Component
class CaseDeadlines {

    private final DeadlineRuleBook rules;
    private final DocumentationProperties properties;
    private final Clock clock;

    CaseDeadlines(DeadlineRuleBook rules, DocumentationProperties properties, Clock clock) {
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every step's deadline; a step already done, refused or skipped has none left to run. */
    List<StepDeadline> of(DocumentationCase documentationCase) {
        LocalDate today = today();
        return documentationCase.steps().stream()
                .map(step -> new StepDeadline(
                        documentationCase.id(),
                        documentationCase.caseType(),
                        documentationCase.jurisdiction(),
                        documentationCase.assignedTo(),
                        step,
                        step.status() == StepStatus.PENDING
                                        && documentationCase.status().working()
                                ? rules.engine()
                                        .deadline(
                                                documentationCase.jurisdiction(),
                                                documentationCase.caseType(),
                                                step.code(),
                                                documentationCase.event(),
                                                today)
                                : new Deadline(
                                        DeadlineState.NO_LIMIT,
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        List.of())))
                .toList();
    }

    /** The running deadlines of the cases that are overdue or due within the soon-due window, soonest first. */
    List<StepDeadline> dueSoon(List<DocumentationCase> cases) {
        return cases.stream()
                .flatMap(found -> of(found).stream())
                .filter(deadline -> deadline.deadline().dueWithin(properties.soonDueDays()))
                .sorted(Comparator.comparing(
                        deadline -> deadline.deadline().daysLeft().orElse(0L)))
                .toList();
    }

    CaseText source(String english) {
        return rules.source(english);
    }
}
