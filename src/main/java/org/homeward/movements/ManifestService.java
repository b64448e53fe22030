package org.homeward.movements;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.reception.BookPlaces;
import org.homeward.reception.BookingCommands;
import org.homeward.reception.ReleaseMovementBooking;
import org.homeward.reception.Stay;
import org.homeward.reception.StayQueries;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts households on a movement's manifest and takes them off, books their reception places and
 * seats them. A household travels together unless a reason is recorded for each member who stays;
 * a household taken off keeps its row with when, who and why. Households are reached through the
 * registry, so a user sees and changes only those in their scope.
 */
@Service
public class ManifestService {

    private final MovementRepository movements;
    private final ManifestRepository manifests;
    private final HouseholdQueries households;
    private final StayQueries stays;
    private final BookingCommands bookings;
    private final MovementDays days;
    private final AuditTrail audit;
    private final ManifestBulkRows bulk;

    ManifestService(
            MovementRepository movements,
            ManifestRepository manifests,
            HouseholdQueries households,
            StayQueries stays,
            BookingCommands bookings,
            MovementDays days,
            AuditTrail audit,
            ManifestBulkRows bulk) {
        this.bulk = bulk;
        this.movements = movements;
        this.manifests = manifests;
        this.households = households;
        this.stays = stays;
        this.bookings = bookings;
        this.days = days;
        this.audit = audit;
    }

    @Transactional
    public ManifestHousehold add(UUID movementId, AddHouseholdRequest request, String actor) {
        return add(movementId, request, null, actor);
    }

    /**
     * Puts a whole household on the manifest as the scheduler proposed it: by the same rules as {@link
     * #add}, seated in the vehicle the scheduler chose while it has room for all of it.
     */
    @Transactional
    ManifestHousehold addScheduled(UUID movementId, String reference, String vehicleLabel, String actor) {
        return add(movementId, new AddHouseholdRequest(reference, null, List.of()), vehicleLabel, actor);
    }

    /**
     * Puts the households the scheduler chose for one movement on its manifest by the rules of {@link
     * #addScheduled}, checked for all of them at once and written in a few statements: each household as
     * read in the caller's scope in this transaction, ready, on no open manifest and never on this one,
     * every member travelling, seated in its vehicle while it has room, with a history event each. The
     * caller records one audit entry naming them all.
     */
    @Transactional
    void addAllScheduled(UUID movementId, List<Household> chosen, Map<UUID, String> vehicles, String actor) {
        Movement movement = plannedLocked(movementId);
        chosen.forEach(ManifestRules::requireReady);
        Map<UUID, String> references = new LinkedHashMap<>();
        chosen.forEach(household -> references.put(household.id(), household.reference()));
        List<UUID> taken = bulk.openAmong(references.keySet());
        if (!taken.isEmpty()) {
            throw new MovementConflictException(
                    MovementsProblemCode.HOUSEHOLD_ALREADY_SCHEDULED,
                    "Household " + references.get(taken.get(0))
                            + " is already on a movement; take it off that one first");
        }
        List<UUID> removed = bulk.everOnAmong(movementId, references.keySet());
        if (!removed.isEmpty()) {
            throw new MovementConflictException(
                    MovementsProblemCode.HOUSEHOLD_REMOVED_FROM_MOVEMENT,
                    "Household " + references.get(removed.get(0))
                            + " was taken off this movement; put it on another one");
        }
        Instant now = days.now();
        bulk.insert(movementId, chosen, now, actor);
        if (movement.toReception()) {
            for (Household household : chosen) {
                bookedCentre(movement, household.id(), null, actor)
                        .ifPresent(code -> manifests.setCentre(movementId, household.id(), code));
            }
        }
        seatEveryone(movement, vehicles);
        bulk.addedEvents(movementId, chosen, now, actor);
    }

    private ManifestHousehold add(UUID movementId, AddHouseholdRequest request, String vehicleLabel, String actor) {
        Movement movement = plannedLocked(movementId);
        if (request.reference() == null || request.reference().isBlank()) {
            throw InvalidMovementRequestException.of(
                    MovementsProblemCode.MANIFEST_INVALID,
                    "reference",
                    MovementsProblemCode.REFERENCE_MISSING,
                    "Give the household's reference");
        }
        Household household = households.findByReference(request.reference());
        ManifestRules.requireReady(household);
        Map<UUID, String> staying = ManifestRules.staying(household, request.staying());
        String centre = blankToNull(request.centreCode());
        if (centre != null && !movement.toReception()) {
            throw InvalidMovementRequestException.of(
                    MovementsProblemCode.MANIFEST_INVALID,
                    "centreCode",
                    MovementsProblemCode.CENTRE_NOT_NEEDED,
                    "This movement goes home directly: no reception centre is booked");
        }
        if (manifests.openMovementOf(household.id()).isPresent()) {
            throw new MovementConflictException(
                    MovementsProblemCode.HOUSEHOLD_ALREADY_SCHEDULED,
                    "Household " + household.reference() + " is already on a movement; take it off that one first");
        }
        if (manifests.everOn(movementId, household.id())) {
            throw new MovementConflictException(
                    MovementsProblemCode.HOUSEHOLD_REMOVED_FROM_MOVEMENT,
                    "Household " + household.reference() + " was taken off this movement; put it on another one");
        }
        Instant now = days.now();
        manifests.insertHousehold(
                movementId, household.id(), household.journey().destinationPcode(), null, now, actor);
        for (Individual member : household.members()) {
            manifests.insertPerson(
                    movementId,
                    household.id(),
                    member.id(),
                    staying.get(member.id()),
                    ManifestRules.needsAccessibleSeat(member));
        }
        if (movement.toReception()) {
            bookedCentre(movement, household.id(), centre, actor)
                    .ifPresent(code -> manifests.setCentre(movementId, household.id(), code));
        }
        seatEveryone(movement, vehicleLabel == null ? Map.of() : Map.of(household.id(), vehicleLabel));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("travelling", household.members().size() - staying.size());
        details.put("staying", staying.size());
        movements.event(movementId, household.id(), now, actor, MovementEventType.HOUSEHOLD_ADDED, details);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.ADD_TO_MANIFEST,
                "household",
                household.id().toString(),
                null,
                Map.of("movement", movementId.toString())));
        return manifests.household(movementId, household.id()).orElseThrow();
    }

    /** Books reception places for a household already on the manifest (a coordinator's decision of where). */
    @Transactional
    public ManifestHousehold book(UUID movementId, UUID householdId, BookingRequest request, String actor) {
        Movement movement = plannedLocked(movementId);
        ManifestHousehold onManifest = openOnManifest(movementId, householdId);
        String centre = request == null ? null : blankToNull(request.centreCode());
        if (!movement.toReception() || centre == null) {
            throw InvalidMovementRequestException.of(
                    MovementsProblemCode.MANIFEST_INVALID,
                    "centreCode",
                    movement.toReception()
                            ? MovementsProblemCode.CENTRE_MISSING
                            : MovementsProblemCode.CENTRE_NOT_NEEDED,
                    movement.toReception()
                            ? "Give the code of the reception centre"
                            : "This movement goes home directly");
        }
        if (onManifest.centreCode() != null) {
            throw new MovementConflictException(
                    MovementsProblemCode.ALREADY_BOOKED, "Places are booked for this household already");
        }
        String booked = bookedCentre(movement, householdId, centre, actor).orElseThrow();
        manifests.setCentre(movementId, householdId, booked);
        movements.event(
                movementId,
                householdId,
                days.now(),
                actor,
                MovementEventType.RECEPTION_BOOKED,
                Map.of("centre", booked));
        return manifests.household(movementId, householdId).orElseThrow();
    }

    @Transactional
    public ManifestHousehold remove(UUID movementId, UUID householdId, RemoveHouseholdRequest request, String actor) {
        plannedLocked(movementId);
        ManifestHousehold onManifest = openOnManifest(movementId, householdId);
        String reason = ManifestRules.removalReason(request);
        String note = request.note().strip();
        manifests.takeOff(movementId, householdId, reason, note, days.now(), actor);
        releaseBooking(movementId, onManifest, actor);
        movements.event(
                movementId,
                householdId,
                days.now(),
                actor,
                MovementEventType.HOUSEHOLD_REMOVED,
                Map.of("reason", reason));
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.REMOVE_FROM_MANIFEST,
                "household",
                householdId.toString(),
                note,
                Map.of("movement", movementId.toString(), "reason", reason)));
        return manifests.household(movementId, householdId).orElseThrow();
    }

    /**
     * Takes a household off the open manifest of a movement that has not left, because a member
     * withdrew their decision to return. Nothing is refused and nobody is blamed: the withdrawal is
     * only counted. Answers the movement it was taken off, if it was on one.
     */
    @Transactional
    public Optional<UUID> takeOffForWithdrawal(UUID householdId, String actor) {
        Optional<UUID> movementId = manifests.openMovementOf(householdId);
        if (movementId.isEmpty()) {
            return Optional.empty();
        }
        Movement movement = movements.lock(movementId.get()).orElseThrow();
        if (!movement.planned()) {
            return Optional.empty();
        }
        Instant now = days.now();
        Optional<ManifestHousehold> onManifest = manifests.household(movement.id(), householdId);
        manifests.takeOff(movement.id(), householdId, "WITHDRAWN", null, now, actor);
        onManifest.ifPresent(household -> releaseBooking(movement.id(), household, actor));
        movements.event(
                movement.id(),
                householdId,
                now,
                actor,
                MovementEventType.HOUSEHOLD_WITHDRAWN,
                Map.of("reason", "WITHDRAWN"));
        return movementId;
    }

    /**
     * Releases the household's reception booking at the centre its manifest line names, so that the
     * places are free for others; a household already checked in keeps its stay. Both an officer's
     * removal and a withdrawal go through here, so they release alike. It reads no stay to show it:
     * a read is audited in a transaction of its own, which would wait for the audit chain the
     * withdrawal's own entry holds until it commits.
     */
    private void releaseBooking(UUID movementId, ManifestHousehold onManifest, String actor) {
        if (onManifest.centreCode() != null) {
            bookings.releaseBookingOfMovement(
                    new ReleaseMovementBooking(onManifest.householdId(), onManifest.centreCode(), movementId), actor);
        }
    }

    private Movement plannedLocked(UUID movementId) {
        Movement movement =
                movements.lock(movementId).orElseThrow(() -> MovementNotFoundException.movement(movementId.toString()));
        if (!movement.planned()) {
            throw new MovementConflictException(
                    MovementsProblemCode.MOVEMENT_NOT_PLANNED,
                    "The movement is " + movement.status() + ": its manifest can no longer change");
        }
        return movement;
    }

    private ManifestHousehold openOnManifest(UUID movementId, UUID householdId) {
        households.find(householdId);
        return manifests
                .household(movementId, householdId)
                .filter(ManifestHousehold::open)
                .orElseThrow(() -> MovementNotFoundException.onManifest(householdId.toString()));
    }

    /**
     * The centre where the household has places: the one it holds already (an accepted allocation),
     * else the one asked for, booked now. A household with neither has none, which its check shows.
     */
    private Optional<String> bookedCentre(Movement movement, UUID householdId, String centre, String actor) {
        Optional<Stay> held = openStay(householdId);
        if (held.isPresent()) {
            if (centre != null && !centre.equals(held.get().centreCode())) {
                throw new MovementConflictException(
                        MovementsProblemCode.HOUSEHOLD_ALREADY_BOOKED,
                        "The household already has places in " + "another reception centre; release them there first");
            }
            return Optional.of(held.get().centreCode());
        }
        if (centre == null) {
            return Optional.empty();
        }
        bookings.book(new BookPlaces(centre, householdId, movement.departsOn(), "Movement " + movement.id()), actor);
        return Optional.of(centre);
    }

    private Optional<Stay> openStay(UUID householdId) {
        return stays.staysOf(householdId).stream()
                .filter(stay -> !stay.hasEnded())
                .findFirst();
    }

    /** Seats every travelling person who has no seat yet, without moving anyone already seated. */
    void seatEveryone(Movement movement) {
        seatEveryone(movement, Map.of());
    }

    private void seatEveryone(Movement movement, Map<UUID, String> preferredVehicles) {
        List<ManifestHousehold> open = manifests.households(movement.id()).stream()
                .filter(ManifestHousehold::open)
                .toList();
        List<SeatPlan.Seat> taken = open.stream()
                .flatMap(household -> household.travelling().stream())
                .filter(person -> person.vehicleLabel() != null)
                .map(person -> new SeatPlan.Seat(person.vehicleLabel(), person.accessibleSeat()))
                .toList();
        List<SeatPlan.Waiting> waiting = open.stream()
                .flatMap(household -> household.travelling().stream()
                        .filter(person -> person.vehicleLabel() == null)
                        .map(person -> new SeatPlan.Waiting(
                                household.householdId(), person.individualId(), person.needsAccessibleSeat())))
                .toList();
        bulk.seat(movement.id(), new SeatPlan(movement.vehicles(), taken).assign(waiting, preferredVehicles));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
