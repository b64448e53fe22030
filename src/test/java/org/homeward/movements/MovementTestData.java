package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.ApiClient;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import tools.jackson.databind.JsonNode;

/** Users, households, plans and movements for the whole-application tests of movements, unique within a run. */
final class MovementTestData {

    /** The operation's zone, the application's default {@code homeward.time-zone}. */
    static final java.time.ZoneId SYRIA = java.time.ZoneId.of("Asia/Damascus");

    static final String PASSWORD = "movements test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String[] GIVEN_AR = {"محمد", "فاطمة", "أحمد", "مريم", "خالد", "ليلى", "يوسف", "هبة"};
    private static final String[] GIVEN_LATIN = {
        "Mohammad", "Fatima", "Ahmad", "Maryam", "Khaled", "Layla", "Yousef", "Hiba"
    };

    private MovementTestData() {}

    static String unique(String prefix) {
        return prefix + " " + RUN + " " + SEQUENCE.incrementAndGet();
    }

    static String user(UserService users, Role role, String... scopes) {
        String username = ("mv." + role.cliName() + "." + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
        users.create(username, role, PASSWORD, "Test NGO");
        if (scopes.length > 0) {
            users.setScopes(
                    username,
                    java.util.Arrays.stream(scopes).map(ScopeGrant::parse).toList());
        }
        return username;
    }

    static ApiClient client(int port, UserService users, Role role, String... scopes) {
        return new ApiClient(port, user(users, role, scopes), PASSWORD);
    }

    /**
     * A refugee household from Lebanon going to the destination: two adults then children born
     * {@code childBirthYear}; members at the positions given have a disability (they need an accessible seat).
     */
    static Household household(
            HouseholdCommands households, String destination, int persons, Set<Integer> withDisability) {
        String family = "Al-Mover" + letters(SEQUENCE.incrementAndGet());
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            String relationship = i == 0 ? "PRINCIPAL" : i == 1 ? "SPOUSE" : "SON";
            String born = i < 2
                    ? String.valueOf(1975 + i)
                    : LocalDate.now().minusYears(5 + i).getYear() + "-03-01";
            members.add(new IndividualDetails(
                    relationship,
                    GIVEN_AR[i % GIVEN_AR.length],
                    GIVEN_LATIN[i % GIVEN_LATIN.length],
                    "علي",
                    "Ali",
                    null,
                    null,
                    "الاختبار",
                    family,
                    i % 2 == 0 ? "M" : "F",
                    born,
                    null,
                    null,
                    null,
                    null,
                    withDisability.contains(i) ? List.of("DS") : List.of()));
        }
        JourneyDetails journey = new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null);
        return households.register(new RegisterHouseholdRequest("Masnaa crossing", journey, members), "movements.test");
    }

    static Household household(HouseholdCommands households, int persons) {
        return household(households, "SY020000", persons, Set.of());
    }

    /** Creates a movement departing today (in Syria) with the vehicles given as {label, seats, accessible}. */
    static String movement(ApiClient coordinator, String planId, String destinationKind, int[]... vehicles) {
        List<Map<String, Object>> given = new ArrayList<>();
        for (int i = 0; i < vehicles.length; i++) {
            given.add(Map.of("label", "Bus " + (i + 1), "seats", vehicles[i][0], "accessibleSeats", vehicles[i][1]));
        }
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "kind",
                "ORGANISED_RETURN",
                "departsOn",
                LocalDate.now(MovementTestData.SYRIA).toString(),
                "departurePoint",
                "Beirut, Cola bridge",
                "asylumCountry",
                "LBN",
                "crossingCode",
                "MASNAA",
                "destinationKind",
                destinationKind,
                "vehicles",
                given));
        if (planId != null) {
            body.put("planId", planId);
        }
        ApiClient.Answer created = coordinator.post("/api/v1/movements", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static ApiClient.Answer add(ApiClient client, String movementId, Household household, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("reference", household.reference());
        return client.post("/api/v1/movements/" + movementId + "/households", body);
    }

    /** The verdict of one check on one household, from the checks API. */
    static JsonNode verdict(ApiClient client, String movementId, Household household, String check) {
        for (JsonNode row :
                client.get("/api/v1/movements/" + movementId + "/checks").json()) {
            if (row.get("householdId").asString().equals(household.id().toString())) {
                for (JsonNode verdict : row.get("verdicts")) {
                    if (verdict.get("check").asString().equals(check)) {
                        return verdict;
                    }
                }
            }
        }
        throw new AssertionError("no verdict " + check + " for " + household.reference());
    }

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
