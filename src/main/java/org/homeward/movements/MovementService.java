package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates movements, shows them with their checks, and lets them depart — only when every travelling
 * household's checks are green or amber with a recorded decision. No role, flag or parameter
 * skips the checks: a red verdict is changed by changing the plan, never by overriding it.
 */
@Service
public class MovementService {

    private final MovementRepository movements;
    private final MovementRequestRules rules;
    private final ReturnPlanService plans;
    private final ManifestRepository manifests;
    private final DepartureChecks checks;
    private final HouseholdQueries households;
    private final JourneyCommands journeys;
    private final MovementDays days;
    private final AuditTrail audit;
    private final JourneyReasons reasons;

    MovementService(
            MovementRepository movements,
            MovementRequestRules rules,
            ReturnPlanService plans,
            ManifestRepository manifests,
            DepartureChecks checks,
            HouseholdQueries households,
            JourneyCommands journeys,
            MovementDays days,
            AuditTrail audit,
            JourneyReasons reasons) {
        this.reasons = reasons;
        this.movements = movements;
        this.rules = rules;
        this.plans = plans;
        this.manifests = manifests;
        this.checks = checks;
        this.households = households;
        this.journeys = journeys;
        this.days = days;
        this.audit = audit;
    }

    @Transactional
    public Movement create(CreateMovementRequest request, String actor) {
        Movement movement = rules.check(request, UUID.randomUUID(), actor, days.now());
        if (movement.planId() != null) {
            plans.find(movement.planId());
        }
        movements.insert(movement);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", movement.kind().name());
        details.put("vehicles", movement.vehicles().size());
        details.put("seats", movement.seats());
        movements.event(movement.id(), null, movement.createdAt(), actor, MovementEventType.CREATED, details);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.CREATE_MOVEMENT, "movement", movement.id().toString(), null, details));
        return find(movement.id());
    }

    @Transactional(readOnly = true)
    public Movement find(UUID id) {
        return movements.find(id).orElseThrow(() -> MovementNotFoundException.movement(id.toString()));
    }

    @Transactional(readOnly = true)
    public List<Movement> ofPlan(UUID planId) {
        return movements.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    public List<Movement> latest() {
        return movements.upcoming(200);
    }

    /** The movement's history; the households it names go to the audit trail. */
    @Transactional(readOnly = true)
    public List<MovementEvent> history(UUID id) {
        find(id);
        List<MovementEvent> events = movements.events(id);
        audit.record(new AuditEntry(
                MovementAuditAction.READ_MOVEMENT_HISTORY,
                "movement",
                id.toString(),
                null,
                Map.of(
                        "households",
                        events.stream()
                                .filter(event -> event.householdId() != null)
                                .map(event -> event.householdId().toString())
                                .distinct()
                                .toList())));
        return events;
    }

    /**
     * The movement's manifest as the caller may see it: every household ever on it, with references
     * only for those in the caller's scope. Which households were shown goes to the audit trail.
     */
    @Transactional(readOnly = true)
    public List<ManifestHousehold> manifest(UUID id) {
        find(id);
        List<ManifestHousehold> listed = manifests.households(id);
        audit.record(new AuditEntry(
                MovementAuditAction.READ_MANIFEST,
                "movement",
                id.toString(),
                null,
                Map.of(
                        "households",
                        listed.stream()
                                .map(household -> household.householdId().toString())
                                .toList())));
        return listed;
    }

    /** Every check's verdict on every household still on the manifest, judged for today in Syria. */
    @Transactional(readOnly = true)
    public List<HouseholdVerdicts> verdicts(UUID id) {
        List<HouseholdVerdicts> verdicts = checks.judge(find(id), days.today());
        audit.record(new AuditEntry(
                MovementAuditAction.READ_DEPARTURE_CHECKS,
                "movement",
                id.toString(),
                null,
                Map.of(
                        "households",
                        verdicts.stream()
                                .map(household -> household.householdId().toString())
                                .toList())));
        return verdicts;
    }

    /** Lets the movement depart, or refuses with every household and check that keeps it from departing. */
    @Transactional
    public Movement depart(UUID id, String actor) {
        Movement movement = movements.lock(id).orElseThrow(() -> MovementNotFoundException.movement(id.toString()));
        if (!movement.planned()) {
            throw new MovementConflictException(
                    MovementsProblemCode.MOVEMENT_NOT_PLANNED, "The movement is " + movement.status());
        }
        LocalDate today = days.today();
        if (today.isBefore(movement.departsOn())) {
            throw new MovementConflictException(
                    MovementsProblemCode.MOVEMENT_NOT_DUE,
                    "The movement departs on " + movement.departsOn() + ", not before");
        }
        List<HouseholdVerdicts> verdicts = checks.judge(movement, today);
        if (verdicts.isEmpty()) {
            throw new MovementConflictException(
                    MovementsProblemCode.MOVEMENT_EMPTY, "Nobody is on the movement's manifest");
        }
        List<HouseholdVerdicts> blocked = verdicts.stream()
                .filter(household -> !household.blocking().isEmpty())
                .toList();
        if (!blocked.isEmpty()) {
            audit.record(new AuditEntry(
                    MovementAuditAction.DEPARTURE_REFUSED,
                    "movement",
                    id.toString(),
                    null,
                    Map.of("households", blocked.size())));
            throw new DepartureRefusedException(blocked);
        }
        Instant now = days.now();
        movements.markDeparted(id, movement.version(), now, actor);
        for (HouseholdVerdicts household : verdicts) {
            setOff(household.householdId(), movement, actor);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("households", verdicts.size());
        details.put(
                "decided",
                verdicts.stream()
                        .mapToInt(household -> household.decided().size())
                        .sum());
        movements.event(id, null, now, actor, MovementEventType.DEPARTED, details);
        audit.recordWithChange(
                new AuditEntry(MovementAuditAction.MOVEMENT_DEPARTED, "movement", id.toString(), null, details));
        return find(id);
    }

    /** Moves the household's journey to IN_TRANSIT, unless boarding has done so already. */
    private void setOff(UUID householdId, Movement movement, String actor) {
        Household household = households.find(householdId);
        JourneyStatus status = household.journey().status();
        if (status != JourneyStatus.IN_TRANSIT && status.canMoveTo(JourneyStatus.IN_TRANSIT)) {
            journeys.move(
                    MoveJourney.of(
                            householdId,
                            household.version(),
                            JourneyStatus.IN_TRANSIT,
                            reasons.departed(movement.departsOn())),
                    actor);
        }
    }
}
