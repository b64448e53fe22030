package org.homeward.reception;

import java.util.UUID;

/**
 * A household the centre board's search found among the centre's own: expected today, booked and
 * on its way, or staying. Carries the reference to open the check-in chooser and the principal's name.
 */
record BoardMatch(UUID householdId, String reference, String principalNameAr, String principalNameLatin, Where where) {

    /** Where on the board the household is. */
    enum Where {
        EXPECTED,
        BOOKED,
        STAYING
    }
}
