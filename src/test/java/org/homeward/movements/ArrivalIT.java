package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdEvent;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.JourneyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Arrival reconciliation through the API: boarded against arrived per person, one alert per person
 * missing with the movement, last known point and time, journeys moved on with their events, the
 * movement closed, and the coordinators' queue.
 */
@HomewardTest
class ArrivalIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    SlipCodes slipCodes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    ApiClient officer;
    ApiClient receptionManager;
    ApiClient coordinator;

    @BeforeEach
    void setUp() {
        officer =
                new ApiClient(port, BoardingTestData.user(users, Role.REGISTRATION_OFFICER), BoardingTestData.PASSWORD);
        receptionManager =
                new ApiClient(port, BoardingTestData.user(users, Role.RECEPTION_MANAGER), BoardingTestData.PASSWORD);
        coordinator = new ApiClient(port, BoardingTestData.user(users, Role.COORDINATOR), BoardingTestData.PASSWORD);
    }

    /** A movement of the given households, all boarded by slip, departed. */
    private UUID departedWith(String destinationKind, List<Household> onBoard) throws Exception {
        UUID movement = BoardingTestData.movement(jdbc, LocalDate.now(clock), destinationKind);
        for (Household household : onBoard) {
            BoardingTestData.onManifest(jdbc, movement, household);
            Answer boarded = officer.post(
                    "/api/v1/movements/" + movement + "/boarding",
                    Map.of("scanned", slipCodes.sign(household.reference())));
            assertThat(boarded.status()).as(boarded.body()).isEqualTo(200);
        }
        BoardingTestData.depart(jdbc, movement);
        return movement;
    }

    private static List<String> everyoneBut(List<Household> households, UUID missing) {
        List<String> arrived = new ArrayList<>();
        households.forEach(household -> household.members().stream()
                .map(Individual::id)
                .filter(id -> !id.equals(missing))
                .forEach(id -> arrived.add(id.toString())));
        return arrived;
    }

    @Test
    void aPersonWhoBoardedAndDidNotArriveRaisesOneAlertWithTheMovementLastPointAndTime() throws Exception {
        Household first = BoardingTestData.household(households, "SY010000", 3);
        Household second = BoardingTestData.household(households, "SY010000", 2);
        UUID movement = departedWith("HOME", List.of(first, second));
        UUID son = first.members().get(2).id();
        Instant boardedAt = jdbc.sql(
                        "SELECT boarded_at FROM manifest_person WHERE movement_id = :movement AND individual_id = :son")
                .param("movement", movement)
                .param("son", son)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();

        Answer closed = receptionManager.post(
                "/api/v1/movements/" + movement + "/arrival",
                Map.of("arrived", everyoneBut(List.of(first, second), son)));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("boarded").asInt()).isEqualTo(5);
        assertThat(closed.json().path("arrived").asInt()).isEqualTo(4);
        assertThat(closed.json().path("missing").asInt()).isEqualTo(1);
        Answer queue = coordinator.get("/api/v1/movement-alerts");
        List<JsonNode> alerts = new ArrayList<>();
        queue.json().forEach(line -> {
            if (line.path("alert").path("movementId").asString().equals(movement.toString())) {
                alerts.add(line);
            }
        });
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0).path("alert");
        assertThat(alert.path("individualId").asString()).isEqualTo(son.toString());
        assertThat(alert.path("departurePoint").asString()).isEqualTo("Beirut, Cola bus station");
        assertThat(alert.path("crossingCode").asString()).isEqualTo("MASNAA");
        assertThat(alert.path("vehicleLabel").asString()).isEqualTo("Bus 1");
        assertThat(Instant.parse(alert.path("lastSeenAt").asString())).isEqualTo(boardedAt);
        assertThat(alert.path("status").asString()).isEqualTo("OPEN");
        assertThat(alerts.get(0).path("reference").asString()).isEqualTo(first.reference());
        assertThat(jdbc.sql("SELECT status FROM movement WHERE id = :id")
                        .param("id", movement)
                        .query(String.class)
                        .single())
                .isEqualTo("ARRIVED");
        assertThat(jdbc.sql("SELECT count(*) FROM manifest_household WHERE movement_id = :id AND open")
                        .param("id", movement)
                        .query(Long.class)
                        .single())
                .isZero();
        Answer reconciliation = receptionManager.get("/api/v1/movements/" + movement + "/reconciliation");
        assertThat(reconciliation.json().path("sheet").path("arrived").asInt()).isEqualTo(4);
        assertThat(reconciliation.json().path("sheet").path("missing").asInt()).isEqualTo(1);
        assertThat(reconciliation.json().path("alerts")).hasSize(1);
    }

    @Test
    void arrivalHomeMovesTheArrivedHouseholdsJourneysToReturnedHomeWithAnEvent() throws Exception {
        Household household = BoardingTestData.household(households, "SY010000", 2);
        UUID movement = departedWith("HOME", List.of(household));

        Answer closed = officer.post(
                "/api/v1/movements/" + movement + "/arrival", Map.of("arrived", everyoneBut(List.of(household), null)));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.RETURNED_HOME);
        assertThat(householdQueries.history(household.id()))
                .filteredOn(event -> event.type().equals("JOURNEY_MOVED"))
                .extracting(HouseholdEvent::details)
                .extracting(details -> details.get("to"))
                .containsExactly("IN_TRANSIT", "RETURNED_HOME");
        assertThat(coordinator.get("/api/v1/movement-alerts").body()).doesNotContain(movement.toString());
    }

    @Test
    void arrivalAtReceptionMovesJourneysToAtReceptionWithAnEvent() throws Exception {
        Household household = BoardingTestData.household(households, "SY010000", 3);
        UUID movement = departedWith("RECEPTION", List.of(household));

        Answer closed = receptionManager.post(
                "/api/v1/movements/" + movement + "/arrival", Map.of("arrived", everyoneBut(List.of(household), null)));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.AT_RECEPTION);
        HouseholdEvent moved = householdQueries.history(household.id()).stream()
                .filter(event -> "AT_RECEPTION".equals(event.details().get("to")))
                .findFirst()
                .orElseThrow();
        assertThat(moved.details()).containsEntry("from", "IN_TRANSIT");
    }

    @Test
    void arrivalIsClosedOnceAndOnlyAfterDepartureAndNamesOnlyPersonsWhoBoarded() throws Exception {
        Household household = BoardingTestData.household(households, "SY010000", 2);
        UUID planned = BoardingTestData.movement(jdbc, LocalDate.now(clock), "HOME");
        UUID movement = departedWith("HOME", List.of(household));
        ApiClient analyst = new ApiClient(port, BoardingTestData.user(users, Role.ANALYST), BoardingTestData.PASSWORD);

        Answer notDeparted =
                receptionManager.post("/api/v1/movements/" + planned + "/arrival", Map.of("arrived", List.of()));
        Answer stranger = receptionManager.post(
                "/api/v1/movements/" + movement + "/arrival",
                Map.of("arrived", List.of(UUID.randomUUID().toString())));
        Answer forbidden = analyst.post("/api/v1/movements/" + movement + "/arrival", Map.of("arrived", List.of()));
        Answer first = receptionManager.post(
                "/api/v1/movements/" + movement + "/arrival", Map.of("arrived", everyoneBut(List.of(household), null)));
        Answer second =
                receptionManager.post("/api/v1/movements/" + movement + "/arrival", Map.of("arrived", List.of()));

        assertThat(notDeparted.status()).isEqualTo(409);
        assertThat(notDeparted.json().path("code").asString()).isEqualTo("MOVEMENT_NOT_DEPARTED");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().path("errors").get(0).path("field").asString())
                .isEqualTo("arrived");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("ARRIVAL_ALREADY_CLOSED");
        assertThat(jdbc.sql("SELECT count(*) FROM missing_person_alert WHERE movement_id = :id")
                        .param("id", movement)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCoordinatorResolvesAnAlertWithANoteAndOfficersCannotWorkTheQueue() throws Exception {
        Household household = BoardingTestData.household(households, "SY010000", 2);
        UUID movement = departedWith("HOME", List.of(household));
        UUID missing = household.members().get(1).id();
        receptionManager.post(
                "/api/v1/movements/" + movement + "/arrival",
                Map.of("arrived", everyoneBut(List.of(household), missing)));
        String alertId = jdbc.sql("SELECT id FROM missing_person_alert WHERE movement_id = :id")
                .param("id", movement)
                .query(UUID.class)
                .single()
                .toString();

        Answer officerTries = officer.post("/api/v1/movement-alerts/" + alertId + "/resolve", Map.of("note", "found"));
        Answer noNote = coordinator.post("/api/v1/movement-alerts/" + alertId + "/resolve", Map.of("note", " "));
        Answer resolved = coordinator.post(
                "/api/v1/movement-alerts/" + alertId + "/resolve",
                Map.of("note", "Arrived a day later with relatives in Zabadani"));
        Answer again = coordinator.post("/api/v1/movement-alerts/" + alertId + "/resolve", Map.of("note", "again"));

        assertThat(officerTries.status()).isEqualTo(403);
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("status").asString()).isEqualTo("RESOLVED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(coordinator.get("/api/v1/movement-alerts").body()).doesNotContain(alertId);
        assertThat(coordinator.get("/api/v1/movement-alerts?status=RESOLVED").body())
                .contains(alertId);
    }
}
