package org.homeward.movements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and checks a movement's manifest rows for many households in one statement each, for the
 * week's schedule: a statement per household would cost a round trip and a recount of the funnel each.
 * Lists travel as comma-joined text turned into arrays by PostgreSQL, as elsewhere in Homeward.
 */
@Repository
class ManifestBulkRows {

    private final JdbcClient jdbc;

    ManifestBulkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of the households that are on an open manifest already. */
    List<UUID> openAmong(Collection<UUID> households) {
        return jdbc.sql("""
                        SELECT household_id FROM manifest_household
                        WHERE open AND household_id = ANY (CAST(string_to_array(:households, ',') AS uuid[]))
                        ORDER BY household_id""")
                .param("households", joined(households, UUID::toString))
                .query(UUID.class)
                .list();
    }

    /** Those of the households that were ever on the movement's manifest. */
    List<UUID> everOnAmong(UUID movementId, Collection<UUID> households) {
        return jdbc.sql("""
                        SELECT household_id FROM manifest_household WHERE movement_id = :movement
                          AND household_id = ANY (CAST(string_to_array(:households, ',') AS uuid[]))
                        ORDER BY household_id""")
                .param("movement", movementId)
                .param("households", joined(households, UUID::toString))
                .query(UUID.class)
                .list();
    }

    /** Puts the households on the manifest, every member travelling, in one statement each for households and persons. */
    void insert(UUID movementId, List<Household> households, Instant now, String actor) {
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, added_at, added_by)
                        SELECT :movement, h.id, h.destination, :now, :actor
                        FROM unnest(CAST(string_to_array(:ids, ',') AS uuid[]), string_to_array(:destinations, ','))
                             AS h (id, destination)""")
                .param("movement", movementId)
                .param("ids", joined(households, household -> household.id().toString()))
                .param(
                        "destinations",
                        joined(
                                households,
                                household ->
                                        household.journey().destinationPcode().strip()))
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .update();
        List<String[]> persons = new ArrayList<>();
        for (Household household : households) {
            for (Individual member : household.members()) {
                persons.add(new String[] {
                    household.id().toString(),
                    member.id().toString(),
                    Boolean.toString(ManifestRules.needsAccessibleSeat(member))
                });
            }
        }
        jdbc.sql("""
                        INSERT INTO manifest_person (movement_id, household_id, individual_id, travels, needs_accessible_seat)
                        SELECT :movement, p.household, p.individual, true, p.accessible
                        FROM unnest(CAST(string_to_array(:households, ',') AS uuid[]),
                                    CAST(string_to_array(:individuals, ',') AS uuid[]),
                                    CAST(string_to_array(:accessible, ',') AS boolean[])) AS p (household, individual, accessible)""")
                .param("movement", movementId)
                .param("households", joined(persons, person -> person[0]))
                .param("individuals", joined(persons, person -> person[1]))
                .param("accessible", joined(persons, person -> person[2]))
                .update();
    }

    /** Gives the persons their seats in one statement. */
    void seat(UUID movementId, Map<UUID, SeatPlan.Seat> seats) {
        if (seats.isEmpty()) {
            return;
        }
        List<Map.Entry<UUID, SeatPlan.Seat>> entries = List.copyOf(seats.entrySet());
        jdbc.sql("""
                        UPDATE manifest_person p SET vehicle_label = s.vehicle, accessible_seat = s.accessible
                        FROM unnest(CAST(string_to_array(:individuals, ',') AS uuid[]), CAST(:vehicles AS text[]),
                                    CAST(string_to_array(:accessible, ',') AS boolean[])) AS s (individual, vehicle, accessible)
                        WHERE p.movement_id = :movement AND p.individual_id = s.individual""")
                .param("movement", movementId)
                .param("individuals", joined(entries, entry -> entry.getKey().toString()))
                .param(
                        "vehicles",
                        entries.stream()
                                .map(entry -> entry.getValue().vehicleLabel())
                                .toArray(String[]::new))
                .param(
                        "accessible",
                        joined(
                                entries,
                                entry -> Boolean.toString(entry.getValue().accessible())))
                .update();
    }

    /** The history event of each household added, in one statement. */
    void addedEvents(UUID movementId, List<Household> households, Instant now, String actor) {
        jdbc.sql("""
                        INSERT INTO movement_event (movement_id, household_id, occurred_at, actor, type, details)
                        SELECT :movement, e.household, :now, :actor, :type,
                               jsonb_build_object('travelling', e.travelling, 'staying', 0)
                        FROM unnest(CAST(string_to_array(:households, ',') AS uuid[]),
                                    CAST(string_to_array(:travelling, ',') AS int[])) WITH ORDINALITY AS e (household, travelling, n)
                        ORDER BY e.n""")
                .param("movement", movementId)
                .param("type", MovementEventType.HOUSEHOLD_ADDED.name())
                .param(
                        "households",
                        joined(households, household -> household.id().toString()))
                .param(
                        "travelling",
                        joined(
                                households,
                                household ->
                                        Integer.toString(household.members().size())))
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .update();
    }

    private static <T> String joined(Collection<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining(","));
    }
}
