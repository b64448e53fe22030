package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A household to put on a movement's manifest.
 *
 * @param reference  the household's reference, e.g. {@code HW-0000123}
 * @param centreCode for a movement to reception, the centre to book places in (optional: a booking the
 *                   household already holds is taken as it is)
 * @param staying    the members who do not travel, each with the reason; everyone else travels
 */
public record AddHouseholdRequest(
        String reference, String centreCode, @Size(max = 60) List<StayingMember> staying) {

    /** A member who stays behind, and why. */
    public record StayingMember(String individualId, String reason) {}
}
