package org.homeward.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.AdvanceJourneyRequest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdService;
import org.homeward.registry.JourneyStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks households in to centres, out of them and across them, never beyond a centre's capacity,
 * recording each step. Check-in moves the journey to AT_RECEPTION; a check-out home moves it to
 * RETURNED_HOME.
 *
 * <p>Capacity holds under concurrency because every admission locks the centre's row first: two
 * managers filling the last places take turns, and the second sees the first's stay when counting.
 */
@Service
public class StayService {

    private final StayRepository stays;
    private final StayListing listing;
    private final StayHistory history;
    private final CentreRepository centres;
    private final HouseholdService households;
    private final Clock clock;
    private final CentreScope scope;
    private final AuditTrail audit;
    private final ReceptionProperties properties;

    StayService(
            StayRepository stays,
            StayListing listing,
            StayHistory history,
            CentreRepository centres,
            HouseholdService households,
            Clock clock,
            CentreScope scope,
            AuditTrail audit,
            ReceptionProperties properties) {
        this.properties = properties;
        this.scope = scope;
        this.audit = audit;
        this.stays = stays;
        this.listing = listing;
        this.history = history;
        this.centres = centres;
        this.households = households;
        this.clock = clock;
    }

    @Transactional
    public Stay checkIn(String centreCode, CheckInRequest request, String actor) {
        scope.require(centreCode);
        Household household = household(request.household());
        ArrivingMembers arriving = ArrivingMembers.of(household, request.memberIds(), request.reason());
        Optional<Stay> open = stays.openStayOf(household.id());
        if (open.isPresent()) {
            Stay booking = lockedBooking(open.get(), household);
            if (booking.centreCode().equals(centreCode)) {
                return arrive(
                        booking,
                        household,
                        arriving,
                        arriving.partial() ? request.reason().trim() : null,
                        actor);
            }
            // The household came to another centre than the one booked: the booking's places are freed.
            endBooking(booking, null, BookingReleaseCause.checkedInAt(centreCode), actor);
        }
        admit(centreCode, arriving.spaces());
        Instant now = clock.instant();
        Stay stay = new Stay(
                UUID.randomUUID(),
                centreCode,
                household.id(),
                arriving.ids(),
                arriving.needAccessibleUnit(),
                arriving.partial() ? request.reason().trim() : null,
                null,
                now,
                actor,
                null,
                null,
                null,
                null,
                null,
                now,
                null);
        insert(stay, household.reference());
        Map<String, Object> details = describe(stay);
        details.put("journeyBefore", household.journey().status().name());
        history.record(stay, "CHECKED_IN", stay.startedAt(), actor, stay.partialReason(), details);
        arrivedAtReception(household, centreCode, actor);
        return stay;
    }

    /**
     * Books places at the centre for every member of the household, before it arrives: the places
     * are held (nobody else is admitted to them) until the household is checked in there or the
     * booking is released. Answers the booking.
     *
     * @param expectedBy the last day the household is expected; null for the configured number of days from today
     */
    @Transactional
    public Stay book(String centreCode, UUID householdId, LocalDate expectedBy, String reason, String actor) {
        scope.require(centreCode);
        Household household = households.find(householdId);
        ArrivingMembers everyone = ArrivingMembers.of(household, List.of(), null);
        if (stays.openStayOf(household.id()).isPresent()) {
            throw new HouseholdAlreadyStayingException(household.reference());
        }
        admit(centreCode, everyone.spaces());
        LocalDate today = LocalDate.now(clock);
        LocalDate until = expectedBy == null || expectedBy.isBefore(today)
                ? today.plusDays(properties.bookingDays())
                : expectedBy;
        Instant now = clock.instant();
        Stay booking = new Stay(
                UUID.randomUUID(),
                centreCode,
                household.id(),
                everyone.ids(),
                everyone.needAccessibleUnit(),
                null,
                null,
                now,
                actor,
                null,
                null,
                null,
                null,
                null,
                null,
                until);
        insert(booking, household.reference());
        Map<String, Object> details = describe(booking);
        details.put("expectedBy", until.toString());
        history.record(booking, "BOOKED", now, actor, blankToNull(reason), details);
        return booking;
    }

    /** Releases a booking whose household will not come: it ends as NOT_ARRIVED and its places are free again. */
    @Transactional
    public Stay release(UUID stayId, ReleaseBookingRequest request, String actor) {
        String reason = blankToNull(request.reason());
        if (reason == null || reason.length() > ArrivingMembers.MAX_REASON) {
            throw new InvalidStayException(
                    "reason",
                    reason == null ? "RELEASE_REASON_MISSING" : "REASON_TOO_LONG",
                    "Say why the booking is released, in at most " + ArrivingMembers.MAX_REASON + " characters");
        }
        Stay stay = openStay(stayId);
        if (!stay.booking()) {
            throw StayStageException.arrived(stayId.toString());
        }
        endBooking(stay, reason, null, actor);
        return stays.find(stayId).orElseThrow();
    }

    /**
     * Releases the household's booking at the centre, if it holds one there and the user's centres
     * cover it: for the feature that booked the places when the household no longer comes (taken off
     * its movement). A household already checked in keeps its stay. Nothing is shown, so no read is
     * audited: the release is in the stay's history, inside the caller's change.
     */
    @Transactional
    public Optional<Stay> releaseBookingOfMovement(UUID householdId, String centreCode, UUID movementId, String actor) {
        Optional<Stay> booking = stays.openStayOf(householdId)
                .flatMap(open -> stays.lock(open.id()))
                .filter(stay -> !stay.hasEnded()
                        && stay.booking()
                        && stay.centreCode().equals(centreCode)
                        && scope.covers(stay.centreCode()));
        booking.ifPresent(
                stay -> endBooking(stay, null, BookingReleaseCause.takenOffMovement(movementId.toString()), actor));
        return booking.flatMap(stay -> stays.find(stay.id()));
    }

    @Transactional
    public Stay checkOut(UUID stayId, CheckOutRequest request, String actor) {
        CheckOutOutcome outcome = outcome(request);
        Stay stay = arrivedStay(stayId);
        Instant now = clock.instant();
        String note = blankToNull(request.note());
        stays.end(stay.id(), now, actor, outcome.name(), note);
        Map<String, Object> details = describe(stay);
        details.put("outcome", outcome.name());
        history.record(stay, "CHECKED_OUT", now, actor, note, details);
        if (outcome == CheckOutOutcome.RETURNED_HOME) {
            Household household = households.find(stay.householdId());
            if (household.journey().status().canMoveTo(JourneyStatus.RETURNED_HOME)) {
                households.advanceJourneyAtCentre(
                        household.id(),
                        new AdvanceJourneyRequest(household.version(), JourneyStatus.RETURNED_HOME.name(), null),
                        stay.centreCode(),
                        actor);
            }
        }
        return stays.find(stayId).orElseThrow();
    }

    /** Ends the stay and opens one at the other centre for the same members; answers the new stay. */
    @Transactional
    public Stay transfer(UUID stayId, TransferRequest request, String actor) {
        if (request.toCentre() == null || request.toCentre().isBlank()) {
            throw new InvalidStayException("toCentre", "TRANSFER_CENTRE_MISSING", "Choose the centre to transfer to");
        }
        String reason = blankToNull(request.reason());
        if (reason == null || reason.length() > ArrivingMembers.MAX_REASON) {
            throw new InvalidStayException(
                    "reason",
                    reason == null ? "TRANSFER_REASON_MISSING" : "REASON_TOO_LONG",
                    "Say why the household is transferred, in at most " + ArrivingMembers.MAX_REASON + " characters");
        }
        String target = request.toCentre().trim();
        Stay from = arrivedStay(stayId);
        if (from.centreCode().equals(target)) {
            throw new InvalidStayException(
                    "toCentre", "TRANSFER_TO_SAME_CENTRE", "The household is in this centre already");
        }
        admit(target, from.spaces());
        Instant now = clock.instant();
        stays.end(from.id(), now, actor, "TRANSFERRED", reason);
        Stay to = new Stay(
                UUID.randomUUID(),
                target,
                from.householdId(),
                from.memberIds(),
                from.accessible(),
                from.partialReason(),
                from.id(),
                now,
                actor,
                null,
                null,
                null,
                null,
                null,
                now,
                null);
        stays.insert(to);
        Map<String, Object> out = describe(from);
        out.put("toCentre", target);
        history.record(from, "TRANSFERRED_OUT", now, actor, reason, out);
        Map<String, Object> in = describe(to);
        in.put("fromCentre", from.centreCode());
        history.record(to, "TRANSFERRED_IN", now, actor, reason, in);
        return to;
    }

    /**
     * Adds members of the household who arrive after a partial check-in to its stay, within the
     * centre's capacity: their person places and, when one of them needs it and the stay has none,
     * an accessible unit in place of the stay's family unit. Answers the stay as it is now.
     */
    @Transactional
    public Stay join(UUID stayId, JoinStayRequest request, String actor) {
        Stay stay = arrivedStay(stayId);
        Household household = households.find(stay.householdId());
        JoiningMembers joining = JoiningMembers.of(household, stay, request);
        boolean takesAccessibleUnit = joining.needAccessibleUnit() && !stay.accessible();
        admitJoining(stay.centreCode(), joining.ids().size(), takesAccessibleUnit);
        List<UUID> members = new ArrayList<>(stay.memberIds());
        members.addAll(joining.ids());
        boolean everyone = members.size() >= household.members().size();
        stays.addMembers(
                stay.id(), members, stay.accessible() || takesAccessibleUnit, everyone ? null : stay.partialReason());
        Stay joined = stays.find(stayId).orElseThrow();
        Map<String, Object> details = describe(joined);
        details.put("joined", joining.ids().size());
        details.put("personsBefore", stay.persons());
        history.record(joined, "MEMBERS_JOINED", clock.instant(), actor, blankToNull(request.note()), details);
        return joined;
    }

    @Transactional(readOnly = true)
    public Stay find(UUID stayId) {
        return stays.find(stayId)
                .filter(stay -> scope.covers(stay.centreCode()))
                .orElseThrow(() -> new StayNotFoundException(stayId.toString()));
    }

    /** A stay shown to the caller: the read is recorded in the audit trail under its household. */
    @Transactional(readOnly = true)
    public Stay view(UUID stayId) {
        Stay stay = find(stayId);
        audit.record(new AuditEntry(
                "READ_STAY",
                "household",
                stay.householdId().toString(),
                null,
                Map.of("stay", stayId.toString(), "centre", stay.centreCode())));
        return stay;
    }

    /** The households staying in the centre now, latest first, whose reference or principal's name contains the text. */
    @Transactional(readOnly = true)
    public ResidentPage residents(String centreCode, String text, int page, int size) {
        scope.require(centreCode);
        centres.find(centreCode).orElseThrow(() -> new CentreNotFoundException(centreCode));
        ResidentPage residents = listing.residents(centreCode, text, page, size);
        if (!residents.items().isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("filtered", text != null && !text.isBlank());
            details.put("total", residents.total());
            details.put(
                    "households",
                    residents.items().stream()
                            .map(resident -> resident.stay().householdId().toString())
                            .toList());
            audit.record(new AuditEntry("LIST_RESIDENTS", "centre", centreCode, null, details));
        }
        return residents;
    }

    /**
     * Releases the household's booking, if it has one, because its journey ended without it: the
     * journey was withdrawn, or the household went home without passing through reception.
     */
    @Transactional
    void releaseBookingOf(UUID householdId, JourneyStatus movedTo, String reason, String actor) {
        stays.openStayOf(householdId)
                .filter(Stay::booking)
                .flatMap(open -> stays.lock(open.id()))
                .filter(booking -> !booking.hasEnded() && booking.booking())
                .ifPresent(booking ->
                        endBooking(booking, reason, BookingReleaseCause.journeyMovedTo(movedTo.name()), actor));
    }

    /** The centre's bookings whose households have not arrived, the soonest expected first. */
    @Transactional(readOnly = true)
    public ResidentPage bookings(String centreCode, int page, int size) {
        scope.require(centreCode);
        centres.find(centreCode).orElseThrow(() -> new CentreNotFoundException(centreCode));
        ResidentPage bookings = listing.bookings(centreCode, page, size);
        if (!bookings.items().isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("total", bookings.total());
            details.put(
                    "households",
                    bookings.items().stream()
                            .map(booked -> booked.stay().householdId().toString())
                            .toList());
            audit.record(new AuditEntry("LIST_BOOKINGS", "centre", centreCode, null, details));
        }
        return bookings;
    }

    /** Every stay of the household at the user's centres, the latest first (the household must be in scope). */
    @Transactional(readOnly = true)
    public List<Stay> staysOf(UUID householdId) {
        households.find(householdId);
        audit.record(AuditEntry.of("READ_STAYS", "household", householdId.toString()));
        return scope.only(stays.staysOf(householdId), Stay::centreCode);
    }

    /** Everything that happened to the household's stays at the user's centres, in order: who, when, where and why. */
    @Transactional(readOnly = true)
    public List<StayEvent> historyOf(UUID householdId) {
        households.find(householdId);
        audit.record(AuditEntry.of("READ_STAY_HISTORY", "household", householdId.toString()));
        return scope.only(history.ofHousehold(householdId), StayEvent::centreCode);
    }

    /** Locks the centre and checks that it is open and has the room; the lock holds until the transaction ends. */
    private void admit(String centreCode, Spaces need) {
        Centre centre = lockOpen(centreCode);
        Spaces free = centre.capacity().freeAfter(centres.occupancy(centreCode));
        if (!free.holds(need)) {
            throw new CentreFullException(centreCode, free, need);
        }
    }

    /**
     * Locks the centre and checks that it is open and has person places for the members joining,
     * and an accessible unit when the stay needs one now; the stay keeps its family unit, and an
     * accessible unit replaces it (accessible units are family units), so no family unit is counted.
     */
    private void admitJoining(String centreCode, int persons, boolean accessibleUnit) {
        Spaces capacity = lockOpen(centreCode).capacity();
        Spaces occupied = centres.occupancy(centreCode);
        Spaces free = new Spaces(
                capacity.persons() - occupied.persons(),
                capacity.familyUnits() - occupied.familyUnits(),
                capacity.accessibleUnits() - occupied.accessibleUnits());
        Spaces need = new Spaces(persons, 0, accessibleUnit ? 1 : 0);
        if (!free.holds(need)) {
            throw new CentreFullException(centreCode, free, need);
        }
    }

    /** Locks the centre for the rest of the transaction and refuses it when it is closed. */
    private Centre lockOpen(String centreCode) {
        Centre centre = centres.lock(centreCode).orElseThrow(() -> new CentreNotFoundException(centreCode));
        if (!centre.open()) {
            throw new CentreClosedException(centreCode);
        }
        return centre;
    }

    private void insert(Stay stay, String reference) {
        try {
            stays.insert(stay);
        } catch (DuplicateKeyException checkedInMeanwhile) {
            throw new HouseholdAlreadyStayingException(reference);
        }
    }

    private Household household(String idOrReference) {
        if (idOrReference == null || idOrReference.isBlank()) {
            throw new InvalidStayException("household", "HOUSEHOLD_MISSING", "Give the household's id or reference");
        }
        String text = idOrReference.trim();
        try {
            return households.find(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return households.findByReference(text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The household's open stay, locked, when it is a booking still open; a household that has
     * arrived somewhere (or whose booking was taken up meanwhile) cannot be checked in again.
     */
    private Stay lockedBooking(Stay open, Household household) {
        return stays.lock(open.id())
                .filter(stay -> !stay.hasEnded() && stay.booking())
                .orElseThrow(() -> new HouseholdAlreadyStayingException(household.reference()));
    }

    /**
     * The booked household arrives: the members who came take the booking's places (checked against
     * capacity as if the booking were not there, since it holds the places they take), the others'
     * places are freed, and the journey moves to AT_RECEPTION.
     */
    private Stay arrive(
            Stay booking, Household household, ArrivingMembers arriving, String partialReason, String actor) {
        Centre centre = lockOpen(booking.centreCode());
        Spaces occupied = centres.occupancy(booking.centreCode());
        Spaces held = booking.spaces();
        Spaces others = new Spaces(
                occupied.persons() - held.persons(),
                occupied.familyUnits() - held.familyUnits(),
                occupied.accessibleUnits() - held.accessibleUnits());
        Spaces free = centre.capacity().freeAfter(others);
        if (!free.holds(arriving.spaces())) {
            throw new CentreFullException(booking.centreCode(), free, arriving.spaces());
        }
        Instant now = clock.instant();
        stays.arrive(booking.id(), arriving.ids(), arriving.needAccessibleUnit(), partialReason, now);
        Stay arrived = stays.find(booking.id()).orElseThrow();
        Map<String, Object> details = describe(arrived);
        details.put("bookedPersons", booking.persons());
        details.put("journeyBefore", household.journey().status().name());
        history.record(arrived, "ARRIVED", now, actor, partialReason, details);
        arrivedAtReception(household, booking.centreCode(), actor);
        return arrived;
    }

    /**
     * Ends a booking as NOT_ARRIVED: {@code reason} is what a person wrote, {@code cause} why Homeward itself
     * released it (null when a person did); the history keeps the cause as a code, never as English text.
     */
    private void endBooking(Stay booking, String reason, BookingReleaseCause cause, String actor) {
        Instant now = clock.instant();
        stays.end(booking.id(), now, actor, "NOT_ARRIVED", reason, cause);
        Map<String, Object> details = describe(booking);
        if (cause != null) {
            details.put("cause", cause.code().name());
            details.put("causeDetail", cause.detail());
        }
        details.put(
                "expectedBy",
                booking.expectedBy() == null ? "" : booking.expectedBy().toString());
        history.record(booking, "BOOKING_RELEASED", now, actor, reason, details);
    }

    private void arrivedAtReception(Household household, String centreCode, String actor) {
        JourneyStatus status = household.journey().status();
        if (status.canMoveTo(JourneyStatus.AT_RECEPTION) && status != JourneyStatus.AT_RECEPTION) {
            households.advanceJourneyAtCentre(
                    household.id(),
                    new AdvanceJourneyRequest(household.version(), JourneyStatus.AT_RECEPTION.name(), null),
                    centreCode,
                    actor);
        }
    }

    /** The open stay of a household that has arrived: a booking is checked in or released first. */
    private Stay arrivedStay(UUID stayId) {
        Stay stay = openStay(stayId);
        if (stay.booking()) {
            throw StayStageException.notArrived(stayId.toString());
        }
        return stay;
    }

    private Stay openStay(UUID stayId) {
        Stay stay = stays.lock(stayId)
                .filter(found -> scope.covers(found.centreCode()))
                .orElseThrow(() -> new StayNotFoundException(stayId.toString()));
        if (stay.hasEnded()) {
            throw new StayEndedException(stayId.toString());
        }
        return stay;
    }

    private static CheckOutOutcome outcome(CheckOutRequest request) {
        CheckOutOutcome outcome = CheckOutOutcome.parse(request.outcome())
                .orElseThrow(() -> new InvalidStayException(
                        "outcome",
                        request.outcome() == null ? "OUTCOME_MISSING" : "OUTCOME_INVALID",
                        "Choose one of RETURNED_HOME, OTHER_ACCOMMODATION, LEFT_WITHOUT_NOTICE, OTHER"));
        String note = blankToNull(request.note());
        if (outcome == CheckOutOutcome.OTHER && note == null) {
            throw new InvalidStayException("note", "CHECK_OUT_NOTE_MISSING", "Say where the household went");
        }
        if (note != null && note.length() > ArrivingMembers.MAX_REASON) {
            throw new InvalidStayException(
                    "note", "REASON_TOO_LONG", "At most " + ArrivingMembers.MAX_REASON + " characters");
        }
        return outcome;
    }

    private static Map<String, Object> describe(Stay stay) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("persons", stay.persons());
        details.put("accessibleUnit", stay.accessible());
        details.put("partial", stay.partialReason() != null);
        return details;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
