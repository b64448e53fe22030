package org.homeward.movements;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Households, users, movements and manifests for the boarding and arrival tests. Movements and
 * manifests are written straight into this feature's own tables, as the movement planning would;
 * households are registered through the registry's service.
 */
final class BoardingTestData {

    static final String PASSWORD = "boarding test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String[] GIVEN_AR = {"سعاد", "عمر", "رنا", "باسل", "نور", "طارق"};
    private static final String[] GIVEN_LATIN = {"Suad", "Omar", "Rana", "Basel", "Nour", "Tareq"};

    private BoardingTestData() {}

    static String user(UserService users, Role role) {
        String username = ("bd." + role.cliName() + "." + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
        users.create(username, role, PASSWORD, "Test NGO");
        if (role == Role.REGISTRATION_OFFICER || role == Role.RECEPTION_MANAGER) {
            // The households of these tests go to Damascus (SY01).
            users.setScopes(username, List.of(ScopeGrant.parse("area:SY01")));
        }
        return username;
    }

    /** A refugee household of the given size going home to the destination, its family name unique in the run. */
    static Household household(HouseholdCommands households, String destination, int persons) {
        String family = "Almusafer" + letters(SEQUENCE.incrementAndGet());
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            String relationship = i == 0 ? "PRINCIPAL" : i == 1 ? "SPOUSE" : "DAUGHTER";
            members.add(new IndividualDetails(
                    relationship,
                    GIVEN_AR[i % GIVEN_AR.length],
                    GIVEN_LATIN[i % GIVEN_LATIN.length],
                    "حسن",
                    "Hasan",
                    null,
                    null,
                    "المسافر",
                    family,
                    i == 1 ? "F" : i == 0 ? "M" : "F",
                    String.valueOf(1975 + i * 4),
                    null,
                    null,
                    null,
                    null,
                    List.of()));
        }
        JourneyDetails journey = new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null);
        return households.register(new RegisterHouseholdRequest("Masnaa crossing", journey, members), "boarding.test");
    }

    /** A planned organised return leaving on the day from Beirut through Masnaa, to reception or home. */
    static UUID movement(JdbcClient jdbc, LocalDate departsOn, String destinationKind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO movement (id, kind, departs_on, departure_point, asylum_country, crossing_code,
                            destination_kind, created_by, created_at)
                        VALUES (:id, 'ORGANISED_RETURN', :day, 'Beirut, Cola bus station', 'LBN', 'MASNAA', :destination,
                            'boarding.test', now())""")
                .param("id", id)
                .param("day", Date.valueOf(departsOn))
                .param("destination", destinationKind)
                .update();
        jdbc.sql(
                        "INSERT INTO movement_vehicle (movement_id, label, seats, accessible_seats) VALUES (:id, 'Bus 1', 40, 2)")
                .param("id", id)
                .update();
        return id;
    }

    /** Puts the household on the movement's manifest, every member travelling on Bus 1. */
    static void onManifest(JdbcClient jdbc, UUID movementId, Household household) {
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, added_at, added_by)
                        VALUES (:movement, :household, :destination, now(), 'boarding.test')""")
                .param("movement", movementId)
                .param("household", household.id())
                .param("destination", household.journey().destinationPcode())
                .update();
        household
                .members()
                .forEach(member -> jdbc.sql("""
                        INSERT INTO manifest_person (movement_id, household_id, individual_id, vehicle_label)
                        VALUES (:movement, :household, :individual, 'Bus 1')""")
                        .param("movement", movementId)
                        .param("household", household.id())
                        .param("individual", member.id())
                        .update());
    }

    /** The movement leaves, as the departure would record it. */
    static void depart(JdbcClient jdbc, UUID movementId) {
        jdbc.sql(
                        "UPDATE movement SET status = 'DEPARTED', departed_at = :at, departed_by = 'boarding.test' WHERE id = :id")
                .param("at", Timestamp.from(Instant.now()))
                .param("id", movementId)
                .update();
    }

    /** A number written in letters (names may hold no digits): 1 is "b", 27 is "bb". */
    private static String letters(int number) {
        StringBuilder text = new StringBuilder();
        int rest = number;
        do {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }
}
