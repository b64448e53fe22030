package org.homeward.reception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.problems.CommonProblemCode;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books places at a centre for households before they arrive, and releases bookings whose
 * households will not come: by a person with a reason, or by Homeward when the household is taken
 * off its movement or its journey ends without reception. A booking holds its places within the
 * centre's capacity until it is taken up at check-in or released.
 */
@Service
public class BookingCommands {

    private final StayRepository stays;
    private final OpenStays openStays;
    private final StayHistory history;
    private final CentreAdmission admission;
    private final HouseholdQueries households;
    private final CentreScope scope;
    private final Clock clock;
    private final ReceptionProperties properties;

    BookingCommands(
            StayRepository stays,
            OpenStays openStays,
            StayHistory history,
            CentreAdmission admission,
            HouseholdQueries households,
            CentreScope scope,
            Clock clock,
            ReceptionProperties properties) {
        this.stays = stays;
        this.openStays = openStays;
        this.history = history;
        this.admission = admission;
        this.households = households;
        this.scope = scope;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Books places at the centre for every member of the household, before it arrives: the places
     * are held (nobody else is admitted to them) until the household is checked in there or the
     * booking is released. Answers the booking.
     */
    @Transactional
    public Stay book(BookPlaces command, String actor) {
        String centreCode = command.centreCode();
        scope.require(centreCode);
        Household household = households.find(command.householdId());
        ArrivingMembers everyone = ArrivingMembers.of(household, List.of(), null);
        if (stays.openStayOf(household.id()).isPresent()) {
            throw new HouseholdAlreadyStayingException(household.reference());
        }
        admission.admit(centreCode, everyone.spaces());
        LocalDate today = LocalDate.now(clock);
        LocalDate expectedBy = command.expectedBy();
        LocalDate until = expectedBy == null || expectedBy.isBefore(today)
                ? today.plusDays(properties.bookingDays())
                : expectedBy;
        Instant now = clock.instant();
        Stay booking = Stay.booked(
                centreCode, household.id(), everyone.ids(), everyone.needAccessibleUnit(), now, actor, until);
        openStays.insert(booking, household.reference());
        Map<String, Object> details = StayHistory.describe(booking);
        details.put("expectedBy", until.toString());
        history.record(booking, StayEventType.BOOKED, now, actor, blankToNull(command.reason()), details);
        return booking;
    }

    /** Releases a booking whose household will not come: it ends as NOT_ARRIVED and its places are free again. */
    @Transactional
    public Stay release(UUID stayId, String reasonGiven, String actor) {
        String reason = blankToNull(reasonGiven);
        if (reason == null || reason.length() > ArrivingMembers.MAX_REASON) {
            throw new InvalidStayException(
                    "reason",
                    reason == null ? ReceptionProblemCode.RELEASE_REASON_MISSING : CommonProblemCode.REASON_TOO_LONG,
                    "Say why the booking is released, in at most " + ArrivingMembers.MAX_REASON + " characters");
        }
        Stay stay = openStays.locked(stayId);
        if (!stay.booking()) {
            throw StayStageException.arrived(stayId.toString());
        }
        openStays.endBooking(stay, reason, null, actor);
        return stays.find(stayId).orElseThrow();
    }

    /**
     * Releases the household's booking at the centre, if it holds one there and the user's centres
     * cover it: for the feature that booked the places when the household no longer comes (taken off
     * its movement). A household already checked in keeps its stay. Nothing is shown, so no read is
     * audited: the release is in the stay's history, inside the caller's change.
     */
    @Transactional
    public Optional<Stay> releaseBookingOfMovement(ReleaseMovementBooking command, String actor) {
        Optional<Stay> booking = stays.openStayOf(command.householdId())
                .flatMap(open -> stays.lock(open.id()))
                .filter(stay -> !stay.hasEnded()
                        && stay.booking()
                        && stay.centreCode().equals(command.centreCode())
                        && scope.covers(stay.centreCode()));
        booking.ifPresent(stay -> openStays.endBooking(
                stay,
                null,
                BookingReleaseCause.takenOffMovement(command.movementId().toString()),
                actor));
        return booking.flatMap(stay -> stays.find(stay.id()));
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
                        openStays.endBooking(booking, reason, BookingReleaseCause.journeyMovedTo(movedTo), actor));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
