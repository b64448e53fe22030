package org.homeward.movements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates return plans, sets their targets and finds them. Plans hold figures only, never people. */
@Service
public class ReturnPlanService {

    private static final int MAX_PLAN_DAYS = 366 * 10;
    private final ReturnPlanRepository plans;
    private final PlanTargetRules rules;
    private final MovementDays days;
    private final AuditTrail audit;

    ReturnPlanService(ReturnPlanRepository plans, PlanTargetRules rules, MovementDays days, AuditTrail audit) {
        this.plans = plans;
        this.rules = rules;
        this.days = days;
        this.audit = audit;
    }

    @Transactional
    public ReturnPlan create(CreatePlanRequest request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem(
                    "name", MovementsProblemCode.NAME_INVALID, "Give the plan a name of at most 200 characters"));
        }
        LocalDate startsOn = date(request.startsOn(), "startsOn", problems);
        LocalDate endsOn = date(request.endsOn(), "endsOn", problems);
        if (startsOn != null
                && endsOn != null
                && (endsOn.isBefore(startsOn)
                        || startsOn.plusDays(MAX_PLAN_DAYS).isBefore(endsOn))) {
            problems.add(new FieldProblem(
                    "endsOn",
                    MovementsProblemCode.PERIOD_INVALID,
                    "The plan must end on or after its first day, within ten years"));
        }
        List<PlanTarget> targets = List.of();
        if (problems.isEmpty()) {
            targets =
                    rules.check(request.targets() == null ? List.of() : request.targets(), startsOn, endsOn, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.PLAN_INVALID, problems);
        }
        if (plans.nameTaken(name)) {
            throw new MovementConflictException(
                    MovementsProblemCode.PLAN_NAME_TAKEN, "A plan with this name exists already");
        }
        UUID id = UUID.randomUUID();
        plans.insert(id, name, startsOn, endsOn, actor, days.now());
        targets.forEach(target -> plans.upsertTarget(id, target));
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.CREATE_RETURN_PLAN,
                "return_plan",
                id.toString(),
                null,
                java.util.Map.of("targets", targets.size())));
        return find(id);
    }

    /** Sets targets on a plan: each replaces the one of its country, month and crossing; all or none. */
    @Transactional
    public ReturnPlan setTargets(UUID planId, List<PlanTarget> targets, String actor) {
        ReturnPlan plan = find(planId);
        List<FieldProblem> problems = new ArrayList<>();
        if (targets == null || targets.isEmpty()) {
            problems.add(new FieldProblem("targets", MovementsProblemCode.TARGETS_MISSING, "Give at least one target"));
        }
        List<PlanTarget> checked =
                problems.isEmpty() ? rules.check(targets, plan.startsOn(), plan.endsOn(), problems) : List.of();
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.PLAN_TARGETS_INVALID, problems);
        }
        checked.forEach(target -> plans.upsertTarget(planId, target));
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.SET_PLAN_TARGETS,
                "return_plan",
                planId.toString(),
                null,
                java.util.Map.of("targets", checked.size(), "by", actor)));
        return find(planId);
    }

    @Transactional(readOnly = true)
    public List<ReturnPlan> list() {
        return plans.all();
    }

    @Transactional(readOnly = true)
    public ReturnPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new PlanNotFoundException(id.toString()));
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        try {
            if (text != null && text.strip().length() == 10) {
                return LocalDate.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, CommonProblemCode.DATE_INVALID, "Give the date as YYYY-MM-DD"));
        return null;
    }
}
