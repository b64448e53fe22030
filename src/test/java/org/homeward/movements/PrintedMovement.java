package org.homeward.movements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A movement with two buses and households of registered people on its manifest, written straight
 * into the movement tables, as the planning pages would leave it: one household withdrew, one
 * member stays behind with a reason.
 */
final class PrintedMovement {

    final UUID id = UUID.randomUUID();
    final LocalDate departsOn = LocalDate.of(2026, 5, 14);
    final List<Household> travelling = new ArrayList<>();
    Household withdrawn;
    /** The member of the first household who stays behind. */
    IndividualDetails staysBehind;

    private final JdbcClient jdbc;

    private PrintedMovement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static PrintedMovement create(
            JdbcClient jdbc,
            HouseholdCommands households,
            HouseholdQueries householdQueries,
            String destination,
            String tag) {
        PrintedMovement movement = new PrintedMovement(jdbc);
        movement.insertMovement();
        movement.travelling.add(households.register(
                family(
                        destination,
                        tag,
                        "محمد",
                        "Mohammad",
                        "خالد",
                        "Khaled",
                        "الحلبي",
                        "Alhalabi",
                        "فاطمة",
                        "Fatima",
                        true),
                "test"));
        movement.travelling.add(households.register(
                family(
                        destination,
                        tag,
                        "يوسف",
                        "Yousef",
                        "عبد الله",
                        "Abdullah",
                        "الدمشقي",
                        "Aldimashqi",
                        "لمى",
                        "Lama",
                        false),
                "test"));
        movement.withdrawn = households.register(
                family(
                        destination,
                        tag,
                        "سليم",
                        "Saleem",
                        "منصور",
                        "Mansour",
                        "الحمصي",
                        "Alhomsi",
                        "ريم",
                        "Reem",
                        false),
                "test");
        // Whole, as the registry holds them (registering answers with phones and documents masked).
        movement.travelling.replaceAll(household -> householdQueries.find(household.id()));
        movement.withdrawn = householdQueries.find(movement.withdrawn.id());
        movement.staysBehind =
                IndividualDetails.of(movement.travelling.get(0).members().get(2));
        movement.board(movement.travelling.get(0), "BUS-1");
        movement.board(movement.travelling.get(1), "BUS-2");
        movement.board(movement.withdrawn, "BUS-2");
        jdbc.sql("""
                        UPDATE manifest_household SET open = false, removed_at = now(), removed_by = 'test',
                            removal_reason = 'WITHDRAWN', removal_note = 'changed her mind after the briefing'
                        WHERE movement_id = :movement AND household_id = :household""")
                .param("movement", movement.id)
                .param("household", movement.withdrawn.id())
                .update();
        jdbc.sql("UPDATE manifest_person SET travels = false, stays_reason = 'in hospital' WHERE individual_id = :id")
                .param("id", movement.travelling.get(0).members().get(2).id())
                .update();
        return movement;
    }

    private void insertMovement() {
        jdbc.sql("""
                        INSERT INTO movement (id, kind, departs_on, departure_point, asylum_country, crossing_code,
                            destination_kind, created_by, created_at)
                        VALUES (:id, 'ORGANISED_RETURN', :day, 'Zahle assembly point', 'LBN', 'MASNAA', 'HOME', 'test', now())""").param("id", id).param("day", departsOn).update();
        for (String bus : List.of("BUS-1", "BUS-2")) {
            jdbc.sql(
                            "INSERT INTO movement_vehicle (movement_id, label, seats, accessible_seats) VALUES (:id, :label, 40, 2)")
                    .param("id", id)
                    .param("label", bus)
                    .update();
        }
    }

    private void board(Household household, String bus) {
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, added_at, added_by)
                        VALUES (:movement, :household, :destination, :at, 'test')""")
                .param("movement", id)
                .param("household", household.id())
                .param("destination", household.journey().destinationPcode())
                .param("at", Timestamp.from(Instant.now()))
                .update();
        for (var member : household.members()) {
            jdbc.sql("""
                            INSERT INTO manifest_person (movement_id, household_id, individual_id, vehicle_label)
                            VALUES (:movement, :household, :person, :bus)""")
                    .param("movement", id)
                    .param("household", household.id())
                    .param("person", member.id())
                    .param("bus", bus)
                    .update();
        }
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /** A Syrian mobile number nobody else in the test has. */
    private static String phone() {
        return "+963 9" + (30_000_000 + RANDOM.nextInt(69_999_999));
    }

    private static String document() {
        return "N" + (10_000_000 + RANDOM.nextInt(89_999_999));
    }

    private static RegisterHouseholdRequest family(
            String destination,
            String tag,
            String givenAr,
            String givenLatin,
            String fatherAr,
            String fatherLatin,
            String familyAr,
            String familyLatin,
            String wifeAr,
            String wifeLatin,
            boolean withChild) {
        List<IndividualDetails> members = new ArrayList<>();
        members.add(new IndividualDetails(
                "PRINCIPAL",
                givenAr,
                givenLatin,
                fatherAr,
                fatherLatin,
                null,
                null,
                familyAr,
                familyLatin + tag,
                "M",
                "1979-03-02",
                phone(),
                "NATIONAL_ID",
                document(),
                null,
                List.of()));
        members.add(new IndividualDetails(
                "SPOUSE",
                wifeAr,
                wifeLatin,
                "سامي",
                "Sami",
                null,
                null,
                familyAr,
                familyLatin + tag,
                "F",
                "1984",
                phone(),
                "PASSPORT",
                document(),
                null,
                List.of()));
        if (withChild) {
            members.add(new IndividualDetails(
                    "DAUGHTER",
                    "سارة",
                    "Sara",
                    givenAr,
                    givenLatin,
                    null,
                    null,
                    familyAr,
                    familyLatin + tag,
                    "F",
                    "2012-09",
                    null,
                    "BIRTH_CERTIFICATE",
                    document(),
                    null,
                    List.of()));
        }
        return new RegisterHouseholdRequest(
                "Zahle office", new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null), members);
    }
}
