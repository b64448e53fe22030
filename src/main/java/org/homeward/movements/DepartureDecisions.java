package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a coordinator's decision that a household may depart despite an amber verdict, with the
 * reason and the household's acknowledgement. Only an amber verdict standing now can be decided:
 * a red one cannot, whoever asks.
 */
@Service
public class DepartureDecisions {

    private final MovementRepository movements;
    private final DepartureChecks checks;
    private final DepartureDecisionRepository decisions;
    private final MovementDays days;
    private final AuditTrail audit;

    DepartureDecisions(
            MovementRepository movements,
            DepartureChecks checks,
            DepartureDecisionRepository decisions,
            MovementDays days,
            AuditTrail audit) {
        this.movements = movements;
        this.checks = checks;
        this.decisions = decisions;
        this.days = days;
        this.audit = audit;
    }

    @Transactional
    public DepartureDecision decide(UUID movementId, DepartureDecisionRequest request, String actor) {
        Movement movement =
                movements.lock(movementId).orElseThrow(() -> MovementNotFoundException.movement(movementId.toString()));
        if (!movement.planned()) {
            throw new MovementConflictException(
                    MovementsProblemCode.MOVEMENT_NOT_PLANNED, "The movement is " + movement.status());
        }
        UUID householdId = request.householdId() == null ? null : MovementIds.household(request.householdId());
        String reason = request.reason() == null ? "" : request.reason().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (householdId == null) {
            problems.add(new FieldProblem("householdId", CommonProblemCode.HOUSEHOLD_MISSING, "Name the household"));
        }
        if (reason.length() < ManifestRules.MIN_REASON || reason.length() > 2000) {
            problems.add(new FieldProblem(
                    "reason", MovementsProblemCode.DECISION_REASON_MISSING, "Say why (3 to 2000 characters)"));
        }
        if (!Boolean.TRUE.equals(request.householdAcknowledged())) {
            problems.add(new FieldProblem(
                    "householdAcknowledged",
                    MovementsProblemCode.HOUSEHOLD_NOT_ACKNOWLEDGED,
                    "The household must have been told of this check and agreed to go"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.DECISION_INVALID, problems);
        }
        HouseholdVerdicts household = checks.judge(movement, days.today()).stream()
                .filter(verdicts -> verdicts.householdId().equals(householdId))
                .findFirst()
                .orElseThrow(() -> MovementNotFoundException.onManifest(householdId.toString()));
        CheckVerdict verdict = household.verdicts().stream()
                .filter(candidate -> candidate.check().equals(request.check()))
                .findFirst()
                .orElseThrow(() -> InvalidMovementRequestException.of(
                        MovementsProblemCode.DECISION_INVALID,
                        "check",
                        MovementsProblemCode.CHECK_UNKNOWN,
                        "Not a check of this household: use one of " + checks.names()));
        if (verdict.level() != CheckLevel.AMBER) {
            throw new MovementConflictException(
                    verdict.level() == CheckLevel.RED
                            ? MovementsProblemCode.CHECK_RED_NOT_DECIDABLE
                            : MovementsProblemCode.CHECK_NOT_AMBER,
                    "Only an amber verdict can be decided; this one is " + verdict.level()
                            + (verdict.level() == CheckLevel.RED ? ": change the plan instead" : ""));
        }
        decisions.insert(movementId, householdId, verdict.check(), reason, days.now(), actor);
        movements.event(
                movementId,
                householdId,
                days.now(),
                actor,
                MovementEventType.AMBER_DECIDED,
                Map.of("check", verdict.check()));
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.DECIDE_AMBER_CHECK,
                "household",
                householdId.toString(),
                reason,
                Map.of("movement", movementId.toString(), "check", verdict.check())));
        return new DepartureDecision(householdId, verdict.check(), reason, actor, days.now());
    }
}
