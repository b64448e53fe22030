package org.homeward.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The return plans API: plans with targets, their movements and their funnel. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Return plans", description = "Plans with targets by country of asylum and month, and their funnel")
class PlanApiController {

    private final ReturnPlanService plans;
    private final MovementService movements;
    private final PlanFunnel funnel;
    private final PlanTargetCsv csv;
    private final PlanScheduler scheduler;

    PlanApiController(
            ReturnPlanService plans,
            MovementService movements,
            PlanFunnel funnel,
            PlanTargetCsv csv,
            PlanScheduler scheduler) {
        this.plans = plans;
        this.movements = movements;
        this.funnel = funnel;
        this.csv = csv;
        this.scheduler = scheduler;
    }

    @GetMapping
    @PreAuthorize(MovementRoles.SEE_FIGURES)
    @Operation(summary = "Every return plan (without targets)")
    List<ReturnPlan> list() {
        return plans.list();
    }

    @PostMapping
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Create a plan with its period and, optionally, targets")
    ResponseEntity<ReturnPlan> create(@Valid @RequestBody CreatePlanRequest request, Principal principal) {
        ReturnPlan plan = plans.create(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/{id}")
    @PreAuthorize(MovementRoles.SEE_FIGURES)
    @Operation(summary = "A plan with its targets")
    ReturnPlan read(@PathVariable String id) {
        return plans.find(MovementIds.plan(id));
    }

    @PutMapping("/{id}/targets")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Set targets: each replaces the target of its country, month and crossing; all or none")
    ReturnPlan setTargets(
            @PathVariable String id, @Valid @RequestBody PlanTargetsRequest request, Principal principal) {
        return plans.setTargets(MovementIds.plan(id), request.targets(), principal.getName());
    }

    @PostMapping(value = "/{id}/targets", consumes = "text/csv")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Set targets from CSV (asylum_country,month,crossing,persons); problems name the row")
    ReturnPlan uploadTargets(@PathVariable String id, @RequestBody(required = false) byte[] file, Principal principal) {
        return plans.setTargets(MovementIds.plan(id), csv.read(file == null ? new byte[0] : file), principal.getName());
    }

    @GetMapping("/{id}/movements")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    @Operation(summary = "The plan's movements")
    List<Movement> movements(@PathVariable String id) {
        return movements.ofPlan(plans.find(MovementIds.plan(id)).id());
    }

    @GetMapping("/{id}/funnel")
    @PreAuthorize(MovementRoles.SEE_FIGURES)
    @Operation(
            summary = "The funnel against the targets: totals per stage, by country and month, crossing and week;"
                    + " exact for coordinators and administrators, small counts hidden (null) for everyone else")
    PlanFunnelView funnel(@PathVariable String id, org.springframework.security.core.Authentication user) {
        java.util.UUID planId = MovementIds.plan(id);
        return MovementRoles.seesExactFigures(user) ? funnel.of(planId) : funnel.published(planId);
    }

    @PostMapping("/{id}/schedule/preview")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Preview a week's schedule: the movements and manifests it would create; writes nothing")
    SchedulePreview previewSchedule(
            @PathVariable String id, @Valid @RequestBody ScheduleWeekRequest request, Principal principal) {
        return scheduler.preview(MovementIds.plan(id), request, principal.getName());
    }

    @PostMapping("/{id}/schedule")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Schedule a week: create its movements with their manifests, all or nothing")
    ResponseEntity<SchedulePreview> schedule(
            @PathVariable String id, @Valid @RequestBody ScheduleWeekRequest request, Principal principal) {
        return ResponseEntity.status(201).body(scheduler.schedule(MovementIds.plan(id), request, principal.getName()));
    }
}
