package org.homeward.movements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Reconciles who boarded a departed movement against who arrived, at the crossing or at reception.
 * Closing the arrival ends the movement: the arrived persons' journeys move on (to AT_RECEPTION or
 * RETURNED_HOME), their households are due follow-up visits, and everyone who boarded and did not
 * arrive raises an alert in the coordinators' queue.
 */
@Service
public class ArrivalService {

    private final BoardingService boarding;
    private final BoardingManifest manifest;
    private final BoardingSheets sheets;
    private final MissingPersonAlerts alerts;
    private final FollowUpVisits followUps;
    private final HouseholdQueries households;
    private final JourneyCommands journeys;
    private final AuditTrail audit;
    private final Clock clock;
    private final JourneyReasons reasons;

    ArrivalService(
            BoardingService boarding,
            BoardingManifest manifest,
            BoardingSheets sheets,
            MissingPersonAlerts alerts,
            FollowUpVisits followUps,
            HouseholdQueries households,
            JourneyCommands journeys,
            AuditTrail audit,
            Clock clock,
            JourneyReasons reasons) {
        this.reasons = reasons;
        this.boarding = boarding;
        this.manifest = manifest;
        this.sheets = sheets;
        this.alerts = alerts;
        this.followUps = followUps;
        this.households = households;
        this.journeys = journeys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Boarded against arrived, per person, with the movement's alerts. */
    @Transactional(readOnly = true)
    public ReconciliationView reconciliation(String movementId) {
        BoardingSheet sheet = sheets.sheet(boarding.movement(movementId));
        return new ReconciliationView(sheet, alerts.ofMovement(sheet.movement().id()));
    }

    /** Closes the arrival of a departed movement with the persons who arrived; the others are missing. */
    @Transactional
    public ArrivalOutcome close(String movementId, ArrivalRequest request, String actor) {
        BoardingMovement movement = departed(movementId);
        List<BoardingPerson> onBoard = manifest.persons(movement.id()).stream()
                .filter(BoardingPerson::onBoard)
                .toList();
        Set<UUID> arrived = request.arrived() == null ? Set.of() : new HashSet<>(request.arrived());
        if (!onBoard.stream()
                .map(BoardingPerson::individualId)
                .collect(Collectors.toSet())
                .containsAll(arrived)) {
            throw BoardingRefusedException.invalid(
                    "arrived",
                    MovementsProblemCode.ARRIVED_NOT_BOARDED,
                    "A person listed as arrived did not board this movement");
        }
        Instant now = clock.instant();
        int missing = 0;
        for (BoardingPerson person : onBoard) {
            boolean came = arrived.contains(person.individualId());
            manifest.recordArrival(movement.id(), person.individualId(), came, now, actor);
            if (!came) {
                alerts.raise(movement, person, now, actor);
                manifest.event(
                        movement.id(),
                        person.householdId(),
                        now,
                        actor,
                        MovementEventType.PERSON_MISSING,
                        Map.of("individual", person.individualId().toString()));
                missing++;
            }
        }
        Map<UUID, Long> arrivedByHousehold = onBoard.stream()
                .filter(person -> arrived.contains(person.individualId()))
                .collect(Collectors.groupingBy(BoardingPerson::householdId, LinkedHashMap::new, Collectors.counting()));
        arrivedByHousehold.forEach((household, persons) -> arrive(movement, household, persons.intValue(), now, actor));
        manifest.closeOnArrival(movement.id(), now);
        Map<String, Object> details = Map.of("boarded", onBoard.size(), "arrived", arrived.size(), "missing", missing);
        manifest.event(movement.id(), null, now, actor, MovementEventType.ARRIVAL_CLOSED, details);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.CLOSE_ARRIVAL, "movement", movement.id().toString(), null, details));
        return new ArrivalOutcome(onBoard.size(), arrived.size(), missing);
    }

    /** One household with persons who arrived: its journey moves on and its follow-up visits fall due. */
    private void arrive(BoardingMovement movement, UUID householdId, int persons, Instant now, String actor) {
        manifest.event(movement.id(), householdId, now, actor, MovementEventType.ARRIVED, Map.of("persons", persons));
        if (movement.kind() != MovementKind.ORGANISED_RETURN) {
            return;
        }
        Household household = households.find(householdId);
        JourneyStatus next = movement.toReception() ? JourneyStatus.AT_RECEPTION : JourneyStatus.RETURNED_HOME;
        if (household.journey().status().canMoveTo(next)) {
            journeys.move(
                    MoveJourney.of(householdId, household.version(), next, reasons.arrived(movement.departsOn())),
                    actor);
        }
        followUps.schedule(householdId, movement.id(), LocalDate.now(clock), persons);
    }

    private BoardingMovement departed(String movementId) {
        BoardingMovement movement = manifest.lock(BoardingIds.movement(movementId))
                .orElseThrow(() -> BoardingRefusedException.notFound(
                        MovementsProblemCode.MOVEMENT_NOT_FOUND, "There is no such movement"));
        if (BoardingMovement.ARRIVED.equals(movement.status())) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.ARRIVAL_ALREADY_CLOSED, "This movement's arrival has been closed already");
        }
        if (!BoardingMovement.DEPARTED.equals(movement.status())) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.MOVEMENT_NOT_DEPARTED, "Arrival is recorded once the movement has departed");
        }
        return movement;
    }
}
