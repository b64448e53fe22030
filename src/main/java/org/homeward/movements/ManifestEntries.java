package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Component;

/** Turns a movement's manifest into what the user may see of it. */
@Component
class ManifestEntries {

    private final HouseholdQueries households;

    ManifestEntries(HouseholdQueries households) {
        this.households = households;
    }

    List<ManifestEntry> of(Movement movement, List<ManifestHousehold> manifest) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (ManifestHousehold onManifest : manifest) {
            int travelling = onManifest.travelling().size();
            int staying = onManifest.persons().size() - travelling;
            Household household;
            try {
                household = households.find(onManifest.householdId());
            } catch (HouseholdNotFoundException outOfScope) {
                entries.add(new ManifestEntry(
                        onManifest.householdId(),
                        null,
                        null,
                        null,
                        onManifest.open(),
                        onManifest.removalReason(),
                        travelling,
                        staying,
                        List.of()));
                continue;
            }
            entries.add(new ManifestEntry(
                    household.id(),
                    household.reference(),
                    onManifest.destinationPcode(),
                    onManifest.centreCode(),
                    onManifest.open(),
                    onManifest.removalReason(),
                    travelling,
                    staying,
                    members(movement, household, onManifest)));
        }
        return entries;
    }

    private static List<ManifestEntry.Member> members(
            Movement movement, Household household, ManifestHousehold onManifest) {
        Map<UUID, ManifestPerson> persons = onManifest.persons().stream()
                .collect(Collectors.toMap(ManifestPerson::individualId, Function.identity()));
        List<ManifestEntry.Member> members = new ArrayList<>();
        for (Individual member : household.members()) {
            ManifestPerson person = persons.get(member.id());
            if (person == null) {
                continue;
            }
            int age = DepartureChecks.ageOn(member.birthDate(), movement.departsOn())
                    .orElse(-1);
            members.add(new ManifestEntry.Member(
                    member.position() + 1,
                    member.relationship().name(),
                    age,
                    person.travels(),
                    person.staysReason(),
                    person.vehicleLabel(),
                    person.needsAccessibleSeat(),
                    person.accessibleSeat(),
                    person.boarding(),
                    person.arrival(),
                    member.id().toString()));
        }
        return members;
    }
}
