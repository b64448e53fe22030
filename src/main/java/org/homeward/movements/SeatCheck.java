package org.homeward.movements;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Whether every traveller of the household has a seat, and an accessible one where they need it. */
@Component
@Order(10)
class SeatCheck implements DepartureCheck {

    static final String NAME = "seats";
    private final ManifestRepository manifests;

    SeatCheck(ManifestRepository manifests) {
        this.manifests = manifests;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        List<ManifestPerson> travelling = manifests
                .household(candidate.movementId(), candidate.householdId())
                .map(ManifestHousehold::travelling)
                .orElse(List.of());
        long unseated = travelling.stream()
                .filter(person -> person.vehicleLabel() == null)
                .count();
        if (unseated > 0) {
            return CheckVerdict.red(NAME, "movements.check.seats.red", Long.toString(unseated));
        }
        long withoutAccessible = travelling.stream()
                .filter(person -> person.needsAccessibleSeat() && !person.accessibleSeat())
                .count();
        if (withoutAccessible > 0) {
            return CheckVerdict.amber(NAME, "movements.check.seats.amber", Long.toString(withoutAccessible));
        }
        return CheckVerdict.green(NAME, "movements.check.seats.green", Integer.toString(travelling.size()));
    }
}
