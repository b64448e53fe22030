package org.homeward.reception;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Some or all members of one household staying in one centre, from check-in until check-out or
 * transfer. A household has at most one stay that has not ended.
 *
 * @param memberIds        the members staying; fewer than the household's members for a partial check-in
 * @param accessible       whether the stay takes an accessible unit (a member staying needs one)
 * @param partialReason    why only some members checked in; null when all did
 * @param transferredFrom  the stay at another centre this one continues; null after a check-in
 * @param endOutcome       how the stay ended (check-out outcome, TRANSFERRED, or NOT_ARRIVED for a released
 *                         booking); null while it lasts
 * @param endNote          what the person who ended the stay wrote; null when nobody wrote anything
 * @param endCause         why Homeward itself released the booking; null when a person ended the stay
 * @param arrivedAt        when the members arrived; null for a booking, whose places are held before arrival
 * @param expectedBy       for a booking, the last day it is expected to arrive; null otherwise
 */
public record Stay(
        UUID id,
        String centreCode,
        UUID householdId,
        List<UUID> memberIds,
        boolean accessible,
        String partialReason,
        UUID transferredFrom,
        Instant startedAt,
        String startedBy,
        Instant endedAt,
        String endedBy,
        String endOutcome,
        String endNote,
        BookingReleaseCause endCause,
        Instant arrivedAt,
        LocalDate expectedBy) {

    public Stay {
        memberIds = List.copyOf(memberIds);
    }

    /**
     * A new stay of members who are here now: checked in, or transferred in from {@code transferredFrom}
     * (null after a check-in); it has not ended.
     */
    static Stay arriving(
            String centreCode,
            UUID householdId,
            List<UUID> memberIds,
            boolean accessible,
            String partialReason,
            UUID transferredFrom,
            Instant at,
            String by) {
        return new Stay(
                UUID.randomUUID(),
                centreCode,
                householdId,
                memberIds,
                accessible,
                partialReason,
                transferredFrom,
                at,
                by,
                null,
                null,
                null,
                null,
                null,
                at,
                null);
    }

    /** New places held for a whole household expected by a day; it has neither arrived nor ended. */
    static Stay booked(
            String centreCode,
            UUID householdId,
            List<UUID> memberIds,
            boolean accessible,
            Instant at,
            String by,
            LocalDate expectedBy) {
        return new Stay(
                UUID.randomUUID(),
                centreCode,
                householdId,
                memberIds,
                accessible,
                null,
                null,
                at,
                by,
                null,
                null,
                null,
                null,
                null,
                null,
                expectedBy);
    }

    @JsonProperty("persons")
    public int persons() {
        return memberIds.size();
    }

    public boolean hasEnded() {
        return endedAt != null;
    }

    /** Places held for a household that has not arrived (yet): an accepted allocation. */
    @JsonProperty("booking")
    public boolean booking() {
        return arrivedAt == null;
    }

    /** The room this stay takes in its centre. */
    public Spaces spaces() {
        return Spaces.ofHousehold(persons(), accessible);
    }
}
