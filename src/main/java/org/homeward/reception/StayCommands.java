package org.homeward.reception;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.problems.CommonProblemCode;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks households in to centres, out of them and across them, and lets late members join, never
 * beyond a centre's capacity, recording each step. Check-in moves the journey to AT_RECEPTION; a
 * check-out home moves it to RETURNED_HOME. Bookings made before arrival are {@link BookingCommands}'.
 *
 * <p>Capacity holds under concurrency because every admission locks the centre's row first
 * ({@link CentreAdmission}): two managers filling the last places take turns, and the second sees the
 * first's stay when counting.
 */
@Service
public class StayCommands {

    private final StayRepository stays;
    private final OpenStays openStays;
    private final StayHistory history;
    private final CentreAdmission admission;
    private final HouseholdQueries households;
    private final JourneyCommands journeys;
    private final CentreScope scope;
    private final Clock clock;

    StayCommands(
            StayRepository stays,
            OpenStays openStays,
            StayHistory history,
            CentreAdmission admission,
            HouseholdQueries households,
            JourneyCommands journeys,
            CentreScope scope,
            Clock clock) {
        this.stays = stays;
        this.openStays = openStays;
        this.history = history;
        this.admission = admission;
        this.households = households;
        this.journeys = journeys;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Checks the household (all members, or some with a reason) in to the centre: a booking there is
     * taken up, one elsewhere is released. Answers the stay.
     */
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
            openStays.endBooking(booking, null, BookingReleaseCause.checkedInAt(centreCode), actor);
        }
        admission.admit(centreCode, arriving.spaces());
        Instant now = clock.instant();
        Stay stay = Stay.arriving(
                centreCode,
                household.id(),
                arriving.ids(),
                arriving.needAccessibleUnit(),
                arriving.partial() ? request.reason().trim() : null,
                null,
                now,
                actor);
        openStays.insert(stay, household.reference());
        Map<String, Object> details = StayHistory.describe(stay);
        details.put("journeyBefore", household.journey().status().name());
        history.record(stay, StayEventType.CHECKED_IN, stay.startedAt(), actor, stay.partialReason(), details);
        arrivedAtReception(household, centreCode, actor);
        return stay;
    }

    /** Ends the stay of a household that has arrived, with where it went; answers the ended stay. */
    @Transactional
    public Stay checkOut(UUID stayId, CheckOutRequest request, String actor) {
        CheckOutOutcome outcome = outcome(request);
        Stay stay = openStays.lockedArrived(stayId);
        Instant now = clock.instant();
        String note = blankToNull(request.note());
        stays.end(stay.id(), now, actor, outcome.name(), note);
        Map<String, Object> details = StayHistory.describe(stay);
        details.put("outcome", outcome.name());
        history.record(stay, StayEventType.CHECKED_OUT, now, actor, note, details);
        if (outcome == CheckOutOutcome.RETURNED_HOME) {
            Household household = households.find(stay.householdId());
            if (household.journey().status().canMoveTo(JourneyStatus.RETURNED_HOME)) {
                journeys.move(
                        new MoveJourney(
                                household.id(),
                                household.version(),
                                JourneyStatus.RETURNED_HOME,
                                null,
                                stay.centreCode()),
                        actor);
            }
        }
        return stays.find(stayId).orElseThrow();
    }

    /** Ends the stay and opens one at the other centre for the same members; answers the new stay. */
    @Transactional
    public Stay transfer(UUID stayId, TransferRequest request, String actor) {
        if (request.toCentre() == null || request.toCentre().isBlank()) {
            throw new InvalidStayException(
                    "toCentre", ReceptionProblemCode.TRANSFER_CENTRE_MISSING, "Choose the centre to transfer to");
        }
        String reason = blankToNull(request.reason());
        if (reason == null || reason.length() > ArrivingMembers.MAX_REASON) {
            throw new InvalidStayException(
                    "reason",
                    reason == null ? ReceptionProblemCode.TRANSFER_REASON_MISSING : CommonProblemCode.REASON_TOO_LONG,
                    "Say why the household is transferred, in at most " + ArrivingMembers.MAX_REASON + " characters");
        }
        String target = request.toCentre().trim();
        Stay from = openStays.lockedArrived(stayId);
        if (from.centreCode().equals(target)) {
            throw new InvalidStayException(
                    "toCentre",
                    ReceptionProblemCode.TRANSFER_TO_SAME_CENTRE,
                    "The household is in this centre already");
        }
        admission.admit(target, from.spaces());
        Instant now = clock.instant();
        stays.end(from.id(), now, actor, "TRANSFERRED", reason);
        Stay to = Stay.arriving(
                target,
                from.householdId(),
                from.memberIds(),
                from.accessible(),
                from.partialReason(),
                from.id(),
                now,
                actor);
        stays.insert(to);
        Map<String, Object> out = StayHistory.describe(from);
        out.put("toCentre", target);
        history.record(from, StayEventType.TRANSFERRED_OUT, now, actor, reason, out);
        Map<String, Object> in = StayHistory.describe(to);
        in.put("fromCentre", from.centreCode());
        history.record(to, StayEventType.TRANSFERRED_IN, now, actor, reason, in);
        return to;
    }

    /**
     * Adds members of the household who arrive after a partial check-in to its stay, within the
     * centre's capacity: their person places and, when one of them needs it and the stay has none,
     * an accessible unit in place of the stay's family unit. Answers the stay as it is now.
     */
    @Transactional
    public Stay join(UUID stayId, JoinStayRequest request, String actor) {
        Stay stay = openStays.lockedArrived(stayId);
        Household household = households.find(stay.householdId());
        JoiningMembers joining = JoiningMembers.of(household, stay, request);
        boolean takesAccessibleUnit = joining.needAccessibleUnit() && !stay.accessible();
        admission.admitJoining(stay.centreCode(), joining.ids().size(), takesAccessibleUnit);
        List<UUID> members = new ArrayList<>(stay.memberIds());
        members.addAll(joining.ids());
        boolean everyone = members.size() >= household.members().size();
        stays.addMembers(
                stay.id(), members, stay.accessible() || takesAccessibleUnit, everyone ? null : stay.partialReason());
        Stay joined = stays.find(stayId).orElseThrow();
        Map<String, Object> details = StayHistory.describe(joined);
        details.put("joined", joining.ids().size());
        details.put("personsBefore", stay.persons());
        history.record(
                joined, StayEventType.MEMBERS_JOINED, clock.instant(), actor, blankToNull(request.note()), details);
        return joined;
    }

    private Household household(String idOrReference) {
        if (idOrReference == null || idOrReference.isBlank()) {
            throw new InvalidStayException(
                    "household", CommonProblemCode.HOUSEHOLD_MISSING, "Give the household's id or reference");
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
        admission.admitInPlaceOf(booking, arriving.spaces());
        Instant now = clock.instant();
        stays.arrive(booking.id(), arriving.ids(), arriving.needAccessibleUnit(), partialReason, now);
        Stay arrived = stays.find(booking.id()).orElseThrow();
        Map<String, Object> details = StayHistory.describe(arrived);
        details.put("bookedPersons", booking.persons());
        details.put("journeyBefore", household.journey().status().name());
        history.record(arrived, StayEventType.ARRIVED, now, actor, partialReason, details);
        arrivedAtReception(household, booking.centreCode(), actor);
        return arrived;
    }

    private void arrivedAtReception(Household household, String centreCode, String actor) {
        JourneyStatus status = household.journey().status();
        if (status.canMoveTo(JourneyStatus.AT_RECEPTION) && status != JourneyStatus.AT_RECEPTION) {
            journeys.move(
                    new MoveJourney(household.id(), household.version(), JourneyStatus.AT_RECEPTION, null, centreCode),
                    actor);
        }
    }

    private static CheckOutOutcome outcome(CheckOutRequest request) {
        CheckOutOutcome outcome = CheckOutOutcome.parse(request.outcome())
                .orElseThrow(() -> new InvalidStayException(
                        "outcome",
                        request.outcome() == null
                                ? ReceptionProblemCode.OUTCOME_MISSING
                                : ReceptionProblemCode.OUTCOME_INVALID,
                        "Choose one of RETURNED_HOME, OTHER_ACCOMMODATION, LEFT_WITHOUT_NOTICE, OTHER"));
        String note = blankToNull(request.note());
        if (outcome == CheckOutOutcome.OTHER && note == null) {
            throw new InvalidStayException(
                    "note", ReceptionProblemCode.CHECK_OUT_NOTE_MISSING, "Say where the household went");
        }
        if (note != null && note.length() > ArrivingMembers.MAX_REASON) {
            throw new InvalidStayException(
                    "note", CommonProblemCode.REASON_TOO_LONG, "At most " + ArrivingMembers.MAX_REASON + " characters");
        }
        return outcome;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
