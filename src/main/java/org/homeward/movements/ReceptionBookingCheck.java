package org.homeward.movements;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether a household going to reception has places booked there. Red without: people must not
 * arrive at a centre that has no room kept for them; a coordinator books, the check cannot be decided away.
 */
@Component
@Order(20)
class ReceptionBookingCheck implements DepartureCheck {

    static final String NAME = "reception-booking";
    private final ManifestRepository manifests;
    private final MovementRepository movements;

    ReceptionBookingCheck(ManifestRepository manifests, MovementRepository movements) {
        this.manifests = manifests;
        this.movements = movements;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        boolean toReception = movements
                .find(candidate.movementId())
                .map(Movement::toReception)
                .orElse(false);
        if (!toReception) {
            return CheckVerdict.green(NAME, "movements.check.booking.home");
        }
        String centre = manifests
                .household(candidate.movementId(), candidate.householdId())
                .map(ManifestHousehold::centreCode)
                .orElse(null);
        return centre == null
                ? CheckVerdict.red(NAME, "movements.check.booking.red")
                : CheckVerdict.green(NAME, "movements.check.booking.green", centre);
    }
}
