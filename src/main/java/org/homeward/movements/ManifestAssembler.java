package org.homeward.movements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Component;

/**
 * Puts a movement's manifest together from the movement tables and the registry. The caller must
 * have every household of the manifest in scope: a manifest with people missing would be a wrong
 * list at the bus door, so a partial one is never made.
 */
@Component
class ManifestAssembler {

    private final ManifestReader reader;
    private final HouseholdQueries households;

    ManifestAssembler(ManifestReader reader, HouseholdQueries households) {
        this.reader = reader;
        this.households = households;
    }

    ManifestContents assemble(UUID movementId) {
        ManifestReader.MovementHeader movement =
                reader.movement(movementId).orElseThrow(ManifestNotFoundException::new);
        Map<UUID, Household> byId = new HashMap<>();
        List<ManifestContents.Passenger> travellers = new ArrayList<>();
        for (ManifestReader.Seat seat : reader.seats(movementId)) {
            Household household = byId.computeIfAbsent(seat.householdId(), this::inScope);
            Individual person = household.members().stream()
                    .filter(member -> member.id().equals(seat.individualId()))
                    .findFirst()
                    .orElseThrow(ManifestNotFoundException::new);
            travellers.add(new ManifestContents.Passenger(
                    household, person, seat.destinationPcode(), seat.vehicleLabel(), seat.accessibleSeat()));
        }
        return new ManifestContents(movement, reader.vehicles(movementId), travellers);
    }

    private Household inScope(UUID householdId) {
        try {
            return households.find(householdId);
        } catch (HouseholdNotFoundException outOfScope) {
            throw new ManifestNotFoundException();
        }
    }
}
