package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.JourneyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The built-in checks, amber decisions and departure: refused while any household is red or amber
 * undecided — whoever asks and whatever they send — and allowed once ambers are decided, moving
 * every household's journey on with an event in its history.
 */
@HomewardTest
class DepartureIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ApiClient coordinator;
    ApiClient admin;

    @BeforeEach
    void signIn() {
        coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        admin = MovementTestData.client(port, users, Role.ADMIN);
    }

    @Test
    void aHouseholdGoingToReceptionIsRedUntilPlacesAreBookedAndHeldPlacesAreTaken() {
        String centre = centres.create(
                        new CentreRequest(
                                "MV-" + MovementTestData.RUN,
                                "Centre",
                                "مركز",
                                null,
                                null,
                                "SY020000",
                                33.5,
                                36.3,
                                50,
                                10,
                                1,
                                List.of("WATER"),
                                true,
                                null),
                        "test")
                .code();
        String movement = MovementTestData.movement(coordinator, null, "RECEPTION", new int[] {40, 2});
        Household unbooked = MovementTestData.household(households, 3);
        Household booked = MovementTestData.household(households, 2);
        assertThat(MovementTestData.add(coordinator, movement, unbooked, Map.of())
                        .status())
                .isEqualTo(201);
        Answer bookedOnAdd = MovementTestData.add(coordinator, movement, booked, Map.of("centreCode", centre));
        assertThat(bookedOnAdd.status()).as(bookedOnAdd.body()).isEqualTo(201);

        JsonNode red = MovementTestData.verdict(coordinator, movement, unbooked, ReceptionBookingCheck.NAME);
        assertThat(red.get("level").asString()).isEqualTo("RED");
        assertThat(red.get("reasonAr").asString()).contains("لا يوجد مكان محجوز");
        assertThat(MovementTestData.verdict(coordinator, movement, booked, ReceptionBookingCheck.NAME)
                        .get("arguments")
                        .get(0)
                        .asString())
                .isEqualTo(centre);
        assertThat(coordinator
                        .get("/api/v1/centres/" + centre)
                        .json()
                        .get("occupied")
                        .get("persons")
                        .asInt())
                .as("the places are held through reception's booking")
                .isEqualTo(2);

        Answer booking = coordinator.post(
                "/api/v1/movements/" + movement + "/households/" + unbooked.id() + "/booking",
                Map.of("centreCode", centre));
        assertThat(booking.status()).as(booking.body()).isEqualTo(200);
        assertThat(MovementTestData.verdict(coordinator, movement, unbooked, ReceptionBookingCheck.NAME)
                        .get("level")
                        .asString())
                .isEqualTo("GREEN");
    }

    @Test
    void unreviewedLikelyDuplicatesAreAmberUntilReviewed() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 0});
        Household household = MovementTestData.household(households, 2);
        Household twin = MovementTestData.household(households, 2);
        MovementTestData.add(coordinator, movement, household, Map.of());
        assertThat(MovementTestData.verdict(coordinator, movement, household, LikelyDuplicateCheck.NAME)
                        .get("level")
                        .asString())
                .isEqualTo("GREEN");
        long pair = pair(household.members().get(0).id(), twin.members().get(0).id());
        JsonNode amber = MovementTestData.verdict(coordinator, movement, household, LikelyDuplicateCheck.NAME);
        assertThat(amber.get("level").asString()).isEqualTo("AMBER");
        assertThat(amber.get("arguments")).extracting(JsonNode::asString).containsExactly("1", "1");
        jdbc.sql(
                        "UPDATE duplicate_candidate SET status = 'DIFFERENT', decided_by = 'test', decided_at = now() WHERE id = :id")
                .param("id", pair)
                .update();
        assertThat(MovementTestData.verdict(coordinator, movement, household, LikelyDuplicateCheck.NAME)
                        .get("level")
                        .asString())
                .isEqualTo("GREEN");
    }

    @Test
    void departureIsRefusedOnRedWhoeverAsksAndWhateverTheySend() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {2, 0});
        Household fits = MovementTestData.household(households, 2);
        Household noSeat = MovementTestData.household(households, 2);
        MovementTestData.add(coordinator, movement, fits, Map.of());
        MovementTestData.add(coordinator, movement, noSeat, Map.of());

        for (ApiClient caller : List.of(coordinator, admin)) {
            for (String path : List.of("", "?force=true", "?override=true&skipChecks=true")) {
                for (Object body : List.of(Map.of(), Map.of("force", true, "override", true, "status", "DEPARTED"))) {
                    Answer refused = caller.post("/api/v1/movements/" + movement + "/departure" + path, body);
                    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
                    assertThat(refused.json().get("code").asString()).isEqualTo("MOVEMENT_CHECK_RED");
                    // Other features' checks (voluntariness, boarding, destination conditions) hold both households
                    // too; the seat check holds only the one without a seat.
                    assertThat(refused.json().get("errors"))
                            .extracting(error -> error.get("field").asString())
                            .contains("households[" + noSeat.reference() + "].seats")
                            .doesNotContain("households[" + fits.reference() + "].seats");
                }
            }
        }
        Answer decideRed = admin.post(
                "/api/v1/movements/" + movement + "/decisions",
                Map.of(
                        "householdId",
                        noSeat.id().toString(),
                        "check",
                        SeatCheck.NAME,
                        "reason",
                        "The director says go",
                        "householdAcknowledged",
                        true));
        assertThat(decideRed.status()).isEqualTo(409);
        assertThat(decideRed.json().get("code").asString()).isEqualTo("CHECK_RED_NOT_DECIDABLE");
        ApiClient officer = MovementTestData.client(port, users, Role.REGISTRATION_OFFICER);
        assertThat(officer.post("/api/v1/movements/" + movement + "/departure", Map.of())
                        .status())
                .isEqualTo(403);

        assertThat(coordinator
                        .get("/api/v1/movements/" + movement)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PLANNED");
        assertThat(householdQueries.find(fits.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);
        assertThat(jdbc.sql("SELECT count(*) FROM movement_event WHERE movement_id = :id AND type = 'DEPARTED'")
                        .param("id", UUID.fromString(movement))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUndecidedAmberKeepsTheMovementAndADecisionLetsItDepart() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 0});
        Household splitting = MovementTestData.household(households, 3);
        Household whole = MovementTestData.household(households, 2);
        MovementTestData.add(
                coordinator,
                movement,
                splitting,
                Map.of(
                        "staying",
                        List.of(Map.of(
                                "individualId",
                                splitting.members().get(2).id().toString(),
                                "reason",
                                "Stays with grandmother in Zahle"))));
        MovementTestData.add(coordinator, movement, whole, Map.of());

        Answer undecided = coordinator.post("/api/v1/movements/" + movement + "/departure", Map.of("force", true));
        assertThat(undecided.status()).isEqualTo(409);
        String travelTogether = "households[" + splitting.reference() + "]." + TravelTogetherCheck.NAME;
        assertThat(undecided.json().get("errors"))
                .filteredOn(error -> error.get("field").asString().equals(travelTogether))
                .extracting(error -> error.get("code").asString())
                .containsExactly("CHECK_AMBER_UNDECIDED");

        String decisions = "/api/v1/movements/" + movement + "/decisions";
        Answer unacknowledged = coordinator.post(
                decisions,
                Map.of(
                        "householdId",
                        splitting.id().toString(),
                        "check",
                        TravelTogetherCheck.NAME,
                        "reason",
                        "The son stays by his own choice"));
        assertThat(unacknowledged.status()).isEqualTo(400);
        assertThat(unacknowledged.json().get("errors").get(0).get("code").asString())
                .isEqualTo("HOUSEHOLD_NOT_ACKNOWLEDGED");
        assertThat(coordinator
                        .post(
                                decisions,
                                Map.of(
                                        "householdId",
                                        whole.id().toString(),
                                        "check",
                                        TravelTogetherCheck.NAME,
                                        "reason",
                                        "nothing to decide",
                                        "householdAcknowledged",
                                        true))
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("CHECK_NOT_AMBER");
        Answer decided = coordinator.post(
                decisions,
                Map.of(
                        "householdId",
                        splitting.id().toString(),
                        "check",
                        TravelTogetherCheck.NAME,
                        "reason",
                        "The son stays by his own choice",
                        "householdAcknowledged",
                        true));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(MovementTestData.verdict(coordinator, movement, splitting, TravelTogetherCheck.NAME)
                        .get("decided")
                        .asBoolean())
                .isTrue();

        // Decided, the amber no longer holds the movement; each adult's own decision, boarding and the destination
        // still do, and nothing a coordinator sends moves them.
        Answer stillHeld = coordinator.post("/api/v1/movements/" + movement + "/departure", Map.of());
        assertThat(stillHeld.status()).as(stillHeld.body()).isEqualTo(409);
        assertThat(stillHeld.json().get("errors"))
                .extracting(error -> error.get("field").asString())
                .doesNotContain(travelTogether)
                .contains("households[" + splitting.reference() + "].voluntariness");
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/history").json())
                .extracting(event -> event.get("type").asString())
                .contains("AMBER_DECIDED")
                .doesNotContain("DEPARTED");
        for (Household household : List.of(splitting, whole)) {
            assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.REGISTERED);
        }
    }

    private long pair(UUID one, UUID other) {
        boolean ordered = one.compareTo(other) < 0;
        return jdbc.sql("""
                        INSERT INTO duplicate_candidate (first_id, second_id, weight, explanation, found_at)
                        VALUES (:first, :second, 20, CAST('{"prior":0,"fields":[]}' AS jsonb), now()) RETURNING id""")
                .param("first", ordered ? one : other)
                .param("second", ordered ? other : one)
                .query(Long.class)
                .single();
    }
}
