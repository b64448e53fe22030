package org.homeward.documentation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.CurrentAccess;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.ReturnType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases through their workflow and records their steps one by one. A step is done only after
 * every required step before it; a step that can only happen inside Syria waits until the household
 * is back; a paper is issued only when its chain is complete. Every change is an event in the case's
 * history.
 */
@Service
public class CaseWorkflow {

    private final DocumentationCaseService service;
    private final DocumentationCaseRepository cases;
    private final CaseTypeCatalogue catalogue;
    private final HouseholdQueries households;
    private final CurrentAccess access;
    private final Clock clock;

    CaseWorkflow(
            DocumentationCaseService service,
            DocumentationCaseRepository cases,
            CaseTypeCatalogue catalogue,
            HouseholdQueries households,
            CurrentAccess access,
            Clock clock) {
        this.service = service;
        this.cases = cases;
        this.catalogue = catalogue;
        this.households = households;
        this.access = access;
        this.clock = clock;
    }

    /** Moves a case to another status, if its workflow allows it. */
    @Transactional
    public DocumentationCase changeStatus(UUID id, CaseStatusRequest request) {
        DocumentationCase found = service.require(id, true);
        CaseStatus next = CaseInput.choice(CaseStatus.class, request.status(), "status");
        String note = CaseInput.text(request.note(), "note", 2000, false);
        if (!found.status().canMoveTo(next)) {
            throw CaseConflictException.transition(found.status(), next);
        }
        if (next == CaseStatus.ISSUED && !found.chainComplete()) {
            throw new CaseConflictException(
                    DocumentationProblemCode.CASE_CHAIN_INCOMPLETE,
                    "The paper cannot be issued before every required" + " step is done (" + found.requiredStepsDone()
                            + " of " + found.requiredSteps() + ")");
        }
        if (next == CaseStatus.CLOSED && found.status().closingNeedsNote() && note == null) {
            throw InvalidCaseRequestException.of(
                    "note", DocumentationProblemCode.REQUIRED, "says why the case closes without an outcome");
        }
        Instant now = clock.instant();
        String outcome = next == CaseStatus.ISSUED || next == CaseStatus.REJECTED ? next.name() : null;
        cases.updateStatus(id, next, outcome, next == CaseStatus.CLOSED ? now : null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", found.status().name());
        details.put("to", next.name());
        if (note != null) {
            details.put("note", note);
        }
        cases.event(id, null, now, access.actor(), CaseEventType.STATUS_CHANGED, details);
        return service.require(id, false);
    }

    /** Records the evidence gathered for a step and, when given, its outcome. */
    @Transactional
    public DocumentationCase recordStep(UUID id, UUID stepId, StepUpdateRequest request) {
        DocumentationCase found = service.require(id, true);
        CaseStep step = found.step(stepId)
                .orElseThrow(() -> InvalidCaseRequestException.of(
                        "stepId", DocumentationProblemCode.NOT_A_STEP_OF_THE_CASE, "is not a step of this case"));
        if (!found.status().working()) {
            throw new CaseConflictException(
                    DocumentationProblemCode.CASE_NOT_WORKING,
                    "Steps cannot be recorded on a case that is " + found.status());
        }
        StepDefinition definition = catalogue
                .chain(found.caseType(), found.jurisdiction())
                .flatMap(chain -> chain.step(step.code()))
                .orElseThrow();
        StepStatus status = CaseInput.choice(StepStatus.class, request.status(), "status");
        List<String> evidence =
                request.evidence().stream().map(String::trim).distinct().toList();
        for (String item : evidence) {
            if (!definition.needs(item)) {
                throw InvalidCaseRequestException.of(
                        "evidence",
                        DocumentationProblemCode.UNKNOWN_EVIDENCE,
                        "'" + item + "' is not evidence this step needs");
            }
        }
        String note = CaseInput.text(request.note(), "note", 2000, false);
        LocalDate today = LocalDate.now(clock);
        LocalDate completedOn = status == StepStatus.PENDING
                ? null
                : java.util.Optional.ofNullable(CaseInput.date(request.completedOn(), "completedOn", today))
                        .orElse(today);
        checkStepMayBe(found, step, status);
        LocalDate startedOn = step.startedOn() != null ? step.startedOn() : today;
        if (completedOn != null && completedOn.isBefore(startedOn)) {
            // Work done before it was first recorded here started no later than it ended.
            startedOn = completedOn;
        }
        String actor = access.actor();
        cases.updateStep(
                stepId, status, evidence, startedOn, completedOn, note, status == StepStatus.PENDING ? null : actor);
        Instant now = clock.instant();
        if (found.status() == CaseStatus.OPEN) {
            cases.updateStatus(id, CaseStatus.GATHERING_EVIDENCE, null, null);
            cases.event(
                    id,
                    null,
                    now,
                    actor,
                    CaseEventType.STATUS_CHANGED,
                    Map.of("from", "OPEN", "to", "GATHERING_EVIDENCE"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", step.code());
        details.put("status", status.name());
        details.put("evidence", evidence);
        if (completedOn != null) {
            details.put("completedOn", completedOn.toString());
        }
        if (note != null) {
            details.put("note", note);
        }
        cases.event(id, stepId, now, actor, CaseEventType.stepSet(status), details);
        DocumentationCase after = service.require(id, false);
        if (after.chainComplete() && found.chainCompletedAt() == null) {
            cases.chainCompleted(id, now);
            cases.event(id, null, now, actor, CaseEventType.CHAIN_COMPLETED, Map.of("steps", after.requiredSteps()));
            return service.require(id, false);
        }
        return after;
    }

    private void checkStepMayBe(DocumentationCase found, CaseStep step, StepStatus status) {
        if (status == StepStatus.SKIPPED && !step.optional()) {
            throw InvalidCaseRequestException.of(
                    "status", DocumentationProblemCode.STEP_REQUIRED, "only an optional step may be skipped");
        }
        if (status != StepStatus.DONE) {
            return;
        }
        List<String> waiting = found.steps().stream()
                .filter(earlier -> earlier.position() < step.position())
                .filter(earlier -> !earlier.optional() && earlier.status() != StepStatus.DONE)
                .map(CaseStep::code)
                .toList();
        if (!waiting.isEmpty()) {
            throw InvalidCaseRequestException.of(
                    "status",
                    DocumentationProblemCode.EARLIER_STEPS_NOT_DONE,
                    "needs these steps done first: " + String.join(", ", waiting));
        }
        if (step.inSyriaOnly() && !inSyria(found.householdId())) {
            throw InvalidCaseRequestException.of(
                    "status",
                    DocumentationProblemCode.STEP_IN_SYRIA_ONLY,
                    "can only be done inside Syria, after the household has returned");
        }
    }

    /** Whether the household is inside Syria: internally displaced, at a reception centre or home. */
    private boolean inSyria(UUID householdId) {
        var journey = households.find(householdId).journey();
        return journey.returnType() == ReturnType.IDP
                || journey.status() == JourneyStatus.AT_RECEPTION
                || journey.status() == JourneyStatus.RETURNED_HOME;
    }
}
