package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Manifests through the API: a household travels together unless each member staying behind has a
 * reason; seats go to whole households and accessible seats to those who need them; a household
 * taken off keeps its row and its reason; scope and roles hold.
 */
@HomewardTest
class ManifestIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @LocalServerPort
    int port;

    ApiClient coordinator;
    ApiClient officer;

    @BeforeEach
    void signIn() {
        coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        officer = MovementTestData.client(port, users, Role.REGISTRATION_OFFICER, "area:SY02");
    }

    @Test
    void aMemberStaysBehindOnlyWithAReasonAndNothingIsWrittenWithoutOne() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 2});
        Household household = MovementTestData.household(households, 4);
        String grandson = household.members().get(3).id().toString();

        Answer noReason = MovementTestData.add(
                officer,
                movement,
                household,
                Map.of("staying", List.of(Map.of("individualId", grandson, "reason", " "))));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("staying[0].reason");
        assertThat(noReason.json().get("errors").get(0).get("code").asString()).isEqualTo("STAYS_REASON_MISSING");
        assertThat(coordinator
                        .get("/api/v1/movements/" + movement + "/manifest")
                        .json())
                .as("nothing half-written")
                .isEmpty();

        Answer everyone = MovementTestData.add(
                officer,
                movement,
                household,
                Map.of(
                        "staying",
                        household.members().stream()
                                .map(member -> Map.of(
                                        "individualId", member.id().toString(), "reason", "Stays to finish school"))
                                .toList()));
        assertThat(everyone.json().get("errors").get(0).get("code").asString()).isEqualTo("NOBODY_TRAVELS");

        Answer added = MovementTestData.add(
                officer,
                movement,
                household,
                Map.of("staying", List.of(Map.of("individualId", grandson, "reason", "Sits exams in Beirut in June"))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode entry = officer.get("/api/v1/movements/" + movement + "/manifest")
                .json()
                .get(0);
        assertThat(entry.get("reference").asString()).isEqualTo(household.reference());
        assertThat(entry.get("travelling").asInt()).isEqualTo(3);
        assertThat(entry.get("staying").asInt()).isEqualTo(1);
        JsonNode stays = entry.get("members").get(3);
        assertThat(stays.get("travels").asBoolean()).isFalse();
        assertThat(stays.get("staysReason").asString()).isEqualTo("Sits exams in Beirut in June");
        assertThat(stays.get("vehicleLabel").isNull())
                .as("who stays takes no seat")
                .isTrue();

        JsonNode together = MovementTestData.verdict(coordinator, movement, household, TravelTogetherCheck.NAME);
        assertThat(together.get("level").asString()).isEqualTo("AMBER");
        assertThat(together.get("reasonEn").asString())
                .isEqualTo("1 of 4 members stay behind, each with a recorded reason");
        assertThat(together.get("reasonAr").asString()).isEqualTo("فرد واحد من أصل 4 يبقى، ولكل منهم سبب مسجّل");
    }

    @Test
    void householdsRideTogetherAndWhoNeedsAnAccessibleSeatGetsOne() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {4, 0}, new int[] {4, 1});
        Household first = MovementTestData.household(households, 3);
        Household second = MovementTestData.household(households, "SY020000", 3, Set.of(2));
        Household third = MovementTestData.household(households, 3);
        assertThat(MovementTestData.add(officer, movement, first, Map.of()).status())
                .isEqualTo(201);
        assertThat(MovementTestData.add(officer, movement, second, Map.of()).status())
                .isEqualTo(201);
        Answer overflow = MovementTestData.add(officer, movement, third, Map.of());
        assertThat(overflow.status())
                .as("a household without room is still added, and its check says so")
                .isEqualTo(201);

        JsonNode manifest =
                coordinator.get("/api/v1/movements/" + movement + "/manifest").json();
        assertThat(seats(manifest.get(0)))
                .as("the first household fills Bus 1 together")
                .containsOnly("Bus 1");
        assertThat(seats(manifest.get(1)))
                .as("the second rides together in Bus 2")
                .containsOnly("Bus 2");
        JsonNode disabled = manifest.get(1).get("members").get(2);
        assertThat(disabled.get("needsAccessibleSeat").asBoolean()).isTrue();
        assertThat(disabled.get("accessibleSeat").asBoolean()).isTrue();
        assertThat(seats(manifest.get(2)))
                .as("the third is split over the seats left")
                .containsExactlyInAnyOrder("Bus 1", "Bus 2", "none");

        assertThat(MovementTestData.verdict(coordinator, movement, second, SeatCheck.NAME)
                        .get("level")
                        .asString())
                .isEqualTo("GREEN");
        JsonNode unseated = MovementTestData.verdict(coordinator, movement, third, SeatCheck.NAME);
        assertThat(unseated.get("level").asString()).isEqualTo("RED");
        assertThat(unseated.get("arguments").get(0).asString()).isEqualTo("1");
    }

    @Test
    void aHouseholdTakenOffKeepsItsRowWithTheReasonAndMayBeScheduledElsewhere() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 0});
        String other = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 0});
        Household household = MovementTestData.household(households, 2);
        MovementTestData.add(officer, movement, household, Map.of());
        Answer twice = MovementTestData.add(officer, other, household, Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("HOUSEHOLD_ALREADY_SCHEDULED");

        String removal = "/api/v1/movements/" + movement + "/households/" + household.id() + "/removal";
        assertThat(officer.post(removal, Map.of("reason", "REMOVED_BY_OFFICER"))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("REMOVAL_NOTE_MISSING");
        assertThat(officer.post(removal, Map.of("reason", "WITHDRAWN", "note", "said so"))
                        .status())
                .as("withdrawals come from the person's voluntariness, not from an officer")
                .isEqualTo(400);
        Answer removed = officer.post(removal, Map.of("reason", "MOVED", "note", "Goes with the next convoy"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        JsonNode entry = coordinator
                .get("/api/v1/movements/" + movement + "/manifest")
                .json()
                .get(0);
        assertThat(entry.get("open").asBoolean()).isFalse();
        assertThat(entry.get("removalReason").asString()).isEqualTo("MOVED");
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/checks").json())
                .as("no longer checked")
                .isEmpty();
        assertThat(coordinator.get("/api/v1/movements/" + movement + "/history").json())
                .extracting(event -> event.get("type").asString())
                .containsExactly("CREATED", "HOUSEHOLD_ADDED", "HOUSEHOLD_REMOVED");

        assertThat(MovementTestData.add(officer, other, household, Map.of()).status())
                .isEqualTo(201);
        assertThat(MovementTestData.add(officer, movement, household, Map.of())
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("HOUSEHOLD_ALREADY_SCHEDULED");
    }

    @Test
    void officersScheduleOnlyTheirScopeAndOnlyCoordinatorsCreateMovements() {
        String movement = MovementTestData.movement(coordinator, null, "HOME", new int[] {40, 0});
        Household elsewhere = MovementTestData.household(households, "SY010000", 2, Set.of());
        Answer outside = MovementTestData.add(officer, movement, elsewhere, Map.of());
        assertThat(outside.status())
                .as("outside the officer's areas it does not exist")
                .isEqualTo(404);
        assertThat(MovementTestData.add(coordinator, movement, elsewhere, Map.of())
                        .status())
                .isEqualTo(201);
        JsonNode seenByOfficer = officer.get("/api/v1/movements/" + movement + "/manifest")
                .json()
                .get(0);
        assertThat(seenByOfficer.get("reference").isNull()).isTrue();
        assertThat(seenByOfficer.get("members")).isEmpty();

        assertThat(officer.post("/api/v1/movements", Map.of("kind", "ORGANISED_RETURN"))
                        .status())
                .isEqualTo(403);
        ApiClient analyst = MovementTestData.client(port, users, Role.ANALYST);
        assertThat(analyst.get("/api/v1/movements/" + movement + "/manifest").status())
                .isEqualTo(403);
        Answer bad = coordinator.post(
                "/api/v1/movements",
                Map.of(
                        "kind",
                        "GO_AND_SEE",
                        "departsOn",
                        "2027-02-30",
                        "crossingCode",
                        "NOWHERE",
                        "destinationKind",
                        "HOTEL",
                        "vehicles",
                        List.of(Map.of("label", "A", "seats", 0))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors"))
                .extracting(error -> error.get("field").asString())
                .contains(
                        "departsOn",
                        "returnsOn",
                        "departurePoint",
                        "crossingCode",
                        "destinationKind",
                        "vehicles[0].seats");
        assertThat(coordinator
                        .get("/api/v1/movements/not-an-id")
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("MOVEMENT_NOT_FOUND");
    }

    private static List<String> seats(JsonNode entry) {
        List<String> seats = new java.util.ArrayList<>();
        entry.get("members")
                .forEach(member -> seats.add(
                        member.get("vehicleLabel").isNull()
                                ? "none"
                                : member.get("vehicleLabel").asString()));
        return seats;
    }
}
