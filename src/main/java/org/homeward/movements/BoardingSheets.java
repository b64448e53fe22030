package org.homeward.movements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Component;

/**
 * Puts a movement's manifest together with the names the registry holds, for the boarding and
 * reconciliation pages. Showing it is a read of every household on it, recorded as such.
 */
@Component
class BoardingSheets {

    private final BoardingManifest manifest;
    private final HouseholdQueries households;
    private final AuditTrail audit;

    BoardingSheets(BoardingManifest manifest, HouseholdQueries households, AuditTrail audit) {
        this.manifest = manifest;
        this.households = households;
        this.audit = audit;
    }

    /** The movement's sheet; its read is written to the audit trail with the households it showed. */
    BoardingSheet sheet(BoardingMovement movement) {
        Map<UUID, List<BoardingPerson>> persons = manifest.persons(movement.id()).stream()
                .collect(Collectors.groupingBy(BoardingPerson::householdId, LinkedHashMap::new, Collectors.toList()));
        List<BoardingLine> lines = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (UUID householdId : manifest.households(movement.id())) {
            BoardingLine line = line(householdId, persons.getOrDefault(householdId, List.of()));
            lines.add(line);
            if (line.visible()) {
                shown.add(householdId.toString());
            }
        }
        if (!shown.isEmpty()) {
            audit.record(new AuditEntry(
                    MovementAuditAction.READ_MANIFEST,
                    "movement",
                    movement.id().toString(),
                    null,
                    Map.of("households", shown)));
        }
        List<BoardingPerson> all = lines.stream()
                .flatMap(line -> persons.getOrDefault(line.householdId(), List.of()).stream())
                .filter(BoardingPerson::travels)
                .toList();
        return new BoardingSheet(
                movement,
                lines,
                all.size(),
                count(all, "BOARDED", null),
                count(all, BoardingPerson.NO_SHOW, null),
                count(all, null, "ARRIVED"),
                count(all, null, "MISSING"));
    }

    private static int count(List<BoardingPerson> persons, String boarding, String arrival) {
        return (int) persons.stream()
                .filter(person -> (boarding == null || boarding.equals(person.boarding()))
                        && (arrival == null || arrival.equals(person.arrival())))
                .count();
    }

    /** One household's line, with names when the reader may see the household. */
    BoardingLine line(UUID householdId, List<BoardingPerson> persons) {
        Household household;
        try {
            household = households.find(householdId);
        } catch (HouseholdNotFoundException outOfScope) {
            return new BoardingLine(
                    householdId,
                    null,
                    false,
                    persons.stream().map(person -> traveller(person, null)).toList());
        }
        Map<UUID, Individual> members =
                household.members().stream().collect(Collectors.toMap(Individual::id, Function.identity()));
        return new BoardingLine(
                householdId,
                household.reference(),
                true,
                persons.stream()
                        .map(person -> traveller(person, members.get(person.individualId())))
                        .toList());
    }

    private static BoardingTraveller traveller(BoardingPerson person, Individual member) {
        return new BoardingTraveller(
                person.individualId(),
                member == null ? null : member.displayNameArabic(),
                member == null ? null : member.displayNameLatin(),
                person.travels(),
                person.vehicleLabel(),
                person.boarding(),
                person.boardedAt(),
                person.arrival());
    }
}
