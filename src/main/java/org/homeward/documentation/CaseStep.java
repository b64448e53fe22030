package org.homeward.documentation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One step of a case as recorded: the evidence gathered, the dates, the outcome and who did it. */
public record CaseStep(
        UUID id,
        int position,
        String code,
        boolean inSyriaOnly,
        boolean optional,
        StepStatus status,
        List<String> evidence,
        LocalDate startedOn,
        LocalDate completedOn,
        String outcomeNote,
        String doneBy) {

    public CaseStep {
        evidence = List.copyOf(evidence);
    }

    /** Whether the chain can be complete with this step as it is. */
    boolean satisfied() {
        return status == StepStatus.DONE || status == StepStatus.SKIPPED || optional && status != StepStatus.FAILED;
    }
}
