package org.homeward.movements;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.movements.scheduling.Departure;
import org.homeward.movements.scheduling.MonthlyTarget;
import org.homeward.movements.scheduling.MovementScheduler;
import org.homeward.movements.scheduling.ScheduleProposal;
import org.homeward.movements.scheduling.ScheduledHousehold;
import org.homeward.movements.scheduling.SchedulingProblem;
import org.homeward.movements.scheduling.VehicleCapacity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules a plan's week: finds the ready households, asks the scheduler for the week's movements, and
 * either shows the proposal (a preview writes nothing) or creates the movements through {@link
 * MovementService} and puts each movement's households on its manifest at once through {@link
 * ManifestService#addAllScheduled}, under the rules of a household added by hand checked for the whole
 * movement — all in one transaction, or nothing. Locks are taken in a fixed order: the plan, then each
 * movement as it is created, in the order offered. One audit entry names every household scheduled.
 */
@Service
class PlanScheduler {

    private final ReturnPlanService plans;
    private final ScheduleRequestRules rules;
    private final ScheduleRepository repository;
    private final ReadyHouseholdFinder finder;
    private final MovementService movements;
    private final ManifestService manifests;
    private final MovementDays days;
    private final AuditTrail audit;
    private final MovementScheduler scheduler = new MovementScheduler();

    PlanScheduler(
            ReturnPlanService plans,
            ScheduleRequestRules rules,
            ScheduleRepository repository,
            ReadyHouseholdFinder finder,
            MovementService movements,
            ManifestService manifests,
            MovementDays days,
            AuditTrail audit) {
        this.plans = plans;
        this.rules = rules;
        this.repository = repository;
        this.finder = finder;
        this.movements = movements;
        this.manifests = manifests;
        this.days = days;
        this.audit = audit;
    }

    /** The week as it would be scheduled; writes nothing but the audit entry of the households shown. */
    @Transactional(readOnly = true)
    public SchedulePreview preview(UUID planId, ScheduleWeekRequest request, String actor) {
        Proposal proposal = propose(planId, request, actor);
        SchedulePreview preview = SchedulePreviews.of(proposal, Map.of(), false);
        audit.record(new AuditEntry(
                MovementAuditAction.PREVIEW_PLAN_SCHEDULE,
                "return_plan",
                planId.toString(),
                null,
                Map.of("households", proposal.scheduledIds())));
        return preview;
    }

    /** Creates the week's movements with their manifests, or nothing when any step is refused. */
    @Transactional
    public SchedulePreview schedule(UUID planId, ScheduleWeekRequest request, String actor) {
        plans.find(planId);
        repository.lockPlan(planId);
        Proposal proposal = propose(planId, request, actor);
        Map<String, UUID> created = new HashMap<>();
        for (ScheduleRequestRules.Offered offered : proposal.week().departures()) {
            List<ScheduledHousehold> aboard = proposal.onDeparture(offered.index());
            if (aboard.isEmpty()) {
                continue;
            }
            UUID movementId = movements
                    .create(usedVehiclesOnly(offered.request(), aboard), actor)
                    .id();
            created.put(Integer.toString(offered.index()), movementId);
            Map<UUID, String> vehicles = new HashMap<>();
            aboard.forEach(household -> vehicles.put(household.householdId(), household.vehicleLabel()));
            manifests.addAllScheduled(
                    movementId,
                    aboard.stream()
                            .map(household -> proposal.found().readHouseholds().get(household.householdId()))
                            .toList(),
                    vehicles,
                    actor);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("weekStartsOn", proposal.week().startsOn().toString());
        details.put("movements", created.size());
        details.put("households", proposal.engine().scheduled().size());
        details.put("persons", proposal.engine().scheduledPersons());
        details.put("householdIds", proposal.scheduledIds());
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.SCHEDULE_PLAN_WEEK, "return_plan", planId.toString(), null, details));
        return SchedulePreviews.of(proposal, created, true);
    }

    private Proposal propose(UUID planId, ScheduleWeekRequest request, String actor) {
        ReturnPlan plan = plans.find(planId);
        ScheduleRequestRules.Week week = rules.check(plan, request, actor, days.now());
        Set<String> countries =
                plan.targets().stream().map(PlanTarget::asylumCountry).collect(Collectors.toSet());
        ReadyHouseholdFinder.Found found = finder.find(countries, week.startsOn(), week.endsOn());
        List<Departure> departures =
                week.departures().stream().map(PlanScheduler::departure).toList();
        ScheduleProposal engine = scheduler.schedule(
                new SchedulingProblem(week.startsOn(), departures, remainingTargets(plan), found.ready()));
        return new Proposal(plan, week, engine, found);
    }

    private List<MonthlyTarget> remainingTargets(ReturnPlan plan) {
        Map<String, Long> scheduled = new HashMap<>();
        for (ScheduleRepository.Scheduled cell : repository.scheduled(plan.id())) {
            String month = YearMonth.from(cell.month()).toString();
            scheduled.merge(cell.asylumCountry() + "|" + month + "|" + cell.crossingCode(), cell.persons(), Long::sum);
            scheduled.merge(cell.asylumCountry() + "|" + month + "|", cell.persons(), Long::sum);
        }
        List<MonthlyTarget> targets = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            String crossing = target.crossingCode() == null ? "" : target.crossingCode();
            long used = scheduled.getOrDefault(target.asylumCountry() + "|" + target.month() + "|" + crossing, 0L);
            targets.add(new MonthlyTarget(target.asylumCountry(), YearMonth.parse(target.month()), crossing, (int)
                    Math.max(0, target.persons() - used)));
        }
        return targets;
    }

    private static Departure departure(ScheduleRequestRules.Offered offered) {
        Movement movement = offered.movement();
        return new Departure(
                Integer.toString(offered.index()),
                movement.asylumCountry(),
                movement.crossingCode(),
                movement.departsOn(),
                movement.vehicles().stream()
                        .map(vehicle ->
                                new VehicleCapacity(vehicle.label(), vehicle.seats(), vehicle.accessibleSeats()))
                        .toList());
    }

    /** The movement as offered, with only the vehicles someone rides in, in the order offered. */
    private static CreateMovementRequest usedVehiclesOnly(
            CreateMovementRequest offered, List<ScheduledHousehold> aboard) {
        Set<String> used = aboard.stream().map(ScheduledHousehold::vehicleLabel).collect(Collectors.toSet());
        List<Vehicle> vehicles = offered.vehicles().stream()
                .filter(vehicle -> used.contains(vehicle.label().strip()))
                .toList();
        return new CreateMovementRequest(
                offered.planId(),
                offered.kind(),
                offered.departsOn(),
                offered.returnsOn(),
                offered.departurePoint(),
                offered.asylumCountry(),
                offered.crossingCode(),
                offered.destinationKind(),
                vehicles);
    }

    /** The week checked, the engine's answer and the households it was asked about. */
    record Proposal(
            ReturnPlan plan,
            ScheduleRequestRules.Week week,
            ScheduleProposal engine,
            ReadyHouseholdFinder.Found found) {

        List<ScheduledHousehold> onDeparture(int index) {
            String key = Integer.toString(index);
            return engine.scheduled().stream()
                    .filter(household -> household.departureKey().equals(key))
                    .toList();
        }

        Map<UUID, String> references() {
            return found.references();
        }

        List<String> scheduledIds() {
            return engine.scheduled().stream()
                    .map(household -> household.householdId().toString())
                    .toList();
        }
    }
}
