package org.homeward.movements;

import java.util.List;
import java.util.UUID;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;

/**
 * Everything a printed or shared manifest may draw on: the movement, its vehicles, and each
 * travelling person with their household as the registry holds it. What leaves the building is
 * chosen from this by the printed layout or by a sharing agreement, never all of it.
 */
record ManifestContents(
        ManifestReader.MovementHeader movement, List<ManifestReader.Vehicle> vehicles, List<Passenger> travellers) {

    /** A person on the manifest with their household and seat. */
    record Passenger(
            Household household,
            Individual person,
            String destinationPcode,
            String vehicleLabel,
            boolean accessibleSeat) {}

    /** The distinct households on the manifest, in manifest order. */
    List<UUID> householdIds() {
        return travellers.stream()
                .map(traveller -> traveller.household().id())
                .distinct()
                .toList();
    }
}
