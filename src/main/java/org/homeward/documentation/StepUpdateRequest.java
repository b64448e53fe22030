package org.homeward.documentation;

import java.util.List;

/**
 * What a case worker records of one step.
 *
 * @param status      PENDING (evidence gathered so far), DONE, FAILED or SKIPPED (optional steps only)
 * @param evidence    codes of the step's evidence items gathered
 * @param completedOn the day the authority acted, YYYY-MM-DD; today when blank
 * @param note        the outcome in words (a reference number is fine; no copy of the document)
 */
public record StepUpdateRequest(String status, List<String> evidence, String completedOn, String note) {

    public StepUpdateRequest {
        evidence = evidence == null
                ? List.of()
                : evidence.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .toList();
    }
}
