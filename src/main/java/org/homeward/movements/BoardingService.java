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
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.homeward.registry.RegistryProblemCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards households onto a movement on its departure day, before it departs: by the signed slip
 * scanned at the door (or the reference typed by hand), every travelling member boarded except
 * those the officer marks as not come. Boarding moves an organised return's journey to IN_TRANSIT.
 */
@Service
public class BoardingService {

    private final BoardingManifest manifest;
    private final BoardingSheets sheets;
    private final ScannedSlips slips;
    private final HouseholdQueries households;
    private final JourneyCommands journeys;
    private final AuditTrail audit;
    private final Clock clock;
    private final JourneyReasons reasons;

    BoardingService(
            BoardingManifest manifest,
            BoardingSheets sheets,
            ScannedSlips slips,
            HouseholdQueries households,
            JourneyCommands journeys,
            AuditTrail audit,
            Clock clock,
            JourneyReasons reasons) {
        this.reasons = reasons;
        this.manifest = manifest;
        this.sheets = sheets;
        this.slips = slips;
        this.households = households;
        this.journeys = journeys;
        this.audit = audit;
        this.clock = clock;
    }

    /** The movement's manifest with who has boarded so far. */
    @Transactional(readOnly = true)
    public BoardingSheet sheet(String movementId) {
        return sheets.sheet(movement(movementId));
    }

    /** The household a scanned slip names, with its persons, checked to be on this movement and still to board. */
    @Transactional(readOnly = true)
    public BoardingLine lookUp(String movementId, String scanned) {
        BoardingMovement movement = movement(movementId);
        Household household = householdOf(movement.id(), scanned);
        if (!manifest.isOpen(movement.id(), household.id())) {
            throw notOnMovement();
        }
        BoardingLine line = sheets.line(household.id(), manifest.persons(movement.id(), household.id()));
        if (!line.waiting()) {
            throw alreadyBoarded();
        }
        audit.record(new AuditEntry(
                MovementAuditAction.READ_MANIFEST,
                "movement",
                movement.id().toString(),
                null,
                Map.of("households", List.of(household.id().toString()))));
        return line;
    }

    /** Boards the household the scanned slip names; its members listed as no-shows stay behind. */
    @Transactional
    public BoardingOutcome board(String movementId, BoardingRequest request, String actor) {
        BoardingMovement movement = openForBoarding(movementId);
        Household household = householdOf(movement.id(), request.scanned());
        List<BoardingPerson> travelling = travellersStillToBoard(movement.id(), household.id());
        Set<UUID> noShows = request.noShows() == null ? Set.of() : new HashSet<>(request.noShows());
        if (!travelling.stream().map(BoardingPerson::individualId).toList().containsAll(noShows)) {
            throw BoardingRefusedException.invalid(
                    "noShows",
                    MovementsProblemCode.NO_SHOW_NOT_TRAVELLING,
                    "A person marked as not come is not a traveller of this household on this movement");
        }
        Instant now = clock.instant();
        int boarded = 0;
        for (BoardingPerson person : travelling) {
            if (noShows.contains(person.individualId())) {
                manifest.noShow(movement.id(), person.individualId(), actor);
            } else {
                boardOne(movement.id(), person.individualId(), now, actor);
                boarded++;
            }
        }
        String method = ScannedSlips.isSlip(request.scanned()) ? "SCANNED" : "TYPED";
        recordBoarding(movement, household, boarded, noShows.size(), method, now, actor);
        return new BoardingOutcome(household.id(), household.reference(), boarded, noShows.size());
    }

    /** Records that nobody of a household came: all its travellers are no-shows and it comes off the manifest. */
    @Transactional
    public BoardingOutcome noShow(String movementId, BoardingNoShowRequest request, String actor) {
        BoardingMovement movement = openForBoarding(movementId);
        UUID householdId = BoardingIds.parse(
                request.household(),
                RegistryProblemCode.HOUSEHOLD_NOT_FOUND,
                "There is no such household, or you may not see it");
        Household household = households.find(householdId);
        List<BoardingPerson> travelling = travellersStillToBoard(movement.id(), household.id());
        for (BoardingPerson person : travelling) {
            manifest.noShow(movement.id(), person.individualId(), actor);
        }
        recordBoarding(movement, household, 0, travelling.size(), "NONE", clock.instant(), actor);
        return new BoardingOutcome(household.id(), household.reference(), 0, travelling.size());
    }

    private void recordBoarding(
            BoardingMovement movement,
            Household household,
            int boarded,
            int noShows,
            String method,
            Instant now,
            String actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("boarded", boarded);
        details.put("noShows", noShows);
        details.put("method", method);
        if (boarded == 0) {
            manifest.takeOffAsNoShow(movement.id(), household.id(), now, actor);
        } else if (movement.kind() == MovementKind.ORGANISED_RETURN
                && household.journey().status().canMoveTo(JourneyStatus.IN_TRANSIT)) {
            journeys.move(
                    MoveJourney.of(
                            household.id(),
                            household.version(),
                            JourneyStatus.IN_TRANSIT,
                            reasons.boarded(movement.departsOn())),
                    actor);
        }
        manifest.event(
                movement.id(),
                household.id(),
                now,
                actor,
                boarded == 0 ? MovementEventType.HOUSEHOLD_NO_SHOW : MovementEventType.BOARDED,
                details);
        details.put("movement", movement.id().toString());
        audit.recordWithChange(new AuditEntry(
                boarded == 0 ? MovementAuditAction.RECORD_NO_SHOW : MovementAuditAction.BOARD_HOUSEHOLD,
                "household",
                household.id().toString(),
                null,
                details));
    }

    private void boardOne(UUID movementId, UUID individualId, Instant now, String actor) {
        try {
            manifest.board(movementId, individualId, now, actor);
        } catch (DuplicateKeyException onBoardElsewhere) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.PERSON_ALREADY_ON_BOARD,
                    "A member of this household is on board another movement that has not arrived");
        }
    }

    /** The household's travellers, refused when it is not on the movement or has been boarded already. */
    private List<BoardingPerson> travellersStillToBoard(UUID movementId, UUID householdId) {
        if (!manifest.lockOpenHousehold(movementId, householdId)) {
            throw notOnMovement();
        }
        List<BoardingPerson> travelling = manifest.persons(movementId, householdId).stream()
                .filter(BoardingPerson::travels)
                .toList();
        if (travelling.stream().anyMatch(person -> !BoardingPerson.PENDING.equals(person.boarding()))) {
            throw alreadyBoarded();
        }
        return travelling;
    }

    private static BoardingRefusedException alreadyBoarded() {
        return BoardingRefusedException.conflict(
                MovementsProblemCode.HOUSEHOLD_ALREADY_BOARDED,
                "This household has been boarded already; nobody boards twice");
    }

    private static BoardingRefusedException notOnMovement() {
        return BoardingRefusedException.conflict(
                MovementsProblemCode.HOUSEHOLD_NOT_ON_MOVEMENT, "This household is not on this movement's manifest");
    }

    /** The movement, locked, refused unless it is planned and leaves today. */
    private BoardingMovement openForBoarding(String movementId) {
        BoardingMovement movement =
                manifest.lock(BoardingIds.movement(movementId)).orElseThrow(BoardingService::noMovement);
        if (!BoardingMovement.PLANNED.equals(movement.status())) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.BOARDING_CLOSED,
                    "Boarding is over: the movement has " + movement.status().toLowerCase() + " already");
        }
        if (!movement.departsOn().equals(LocalDate.now(clock))) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.BOARDING_NOT_TODAY,
                    "Boarding is open on the departure day only (" + movement.departsOn() + ")");
        }
        return movement;
    }

    BoardingMovement movement(String movementId) {
        return manifest.find(BoardingIds.movement(movementId)).orElseThrow(BoardingService::noMovement);
    }

    private static BoardingRefusedException noMovement() {
        return BoardingRefusedException.notFound(MovementsProblemCode.MOVEMENT_NOT_FOUND, "There is no such movement");
    }

    /** The household a scan names; a slip that fails its signature is refused and the refusal audited. */
    private Household householdOf(UUID movementId, String scanned) {
        if (scanned == null || scanned.isBlank()) {
            throw BoardingRefusedException.invalid(
                    "scanned", MovementsProblemCode.SCAN_MISSING, "Scan the slip or type the reference");
        }
        String reference = scanned.trim();
        if (ScannedSlips.isSlip(scanned)) {
            try {
                reference = slips.referenceOf(scanned);
            } catch (BoardingRefusedException refused) {
                audit.record(new AuditEntry(
                        MovementAuditAction.SLIP_REFUSED,
                        "movement",
                        movementId.toString(),
                        null,
                        Map.of("refusal", refused.fieldProblems().get(0).code())));
                throw refused;
            }
        }
        return households.findByReference(reference);
    }
}
