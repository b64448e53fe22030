package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@HomewardTest
class StayHistoryIT {

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

    @Test
    void aTransferMovesTheRoomTakenAndTheHistoryTellsWhoDidWhatWhereAndWhy() {
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        String coordinator = ReceptionTestData.user(users, Role.COORDINATOR);
        ApiClient atFirst = new ApiClient(port, manager, ReceptionTestData.PASSWORD);
        ApiClient planner = new ApiClient(port, coordinator, ReceptionTestData.PASSWORD);
        String first = centre(20, 4, 1);
        String second = centre(6, 2, 1);
        String tooSmall = centre(2, 2, 0);
        Household household = ReceptionTestData.household(households, 4);

        Answer checkedIn = atFirst.post(
                "/api/v1/centres/" + first + "/stays",
                Map.of("household", household.id().toString()));
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        String stayId = checkedIn.json().get("id").asString();

        Answer refused = planner.post(
                "/api/v1/stays/" + stayId + "/transfer", Map.of("toCentre", tooSmall, "reason", "Closer to home"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("CENTRE_FULL");
        assertThat(planner.get("/api/v1/stays/" + stayId).json().get("endedAt").isNull())
                .as("still staying")
                .isTrue();

        Answer noReason = planner.post("/api/v1/stays/" + stayId + "/transfer", Map.of("toCentre", second));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(StayApiIT.codes(noReason)).containsExactly("TRANSFER_REASON_MISSING");

        Answer moved = planner.post(
                "/api/v1/stays/" + stayId + "/transfer", Map.of("toCentre", second, "reason", "Closer to home"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        String newStay = moved.json().get("id").asString();
        assertThat(moved.json().get("transferredFrom").asString()).isEqualTo(stayId);
        assertThat(occupiedPersons(planner, first)).isZero();
        assertThat(occupiedPersons(planner, second)).isEqualTo(4);

        Answer home = atFirst.post(
                "/api/v1/stays/" + newStay + "/check-out",
                Map.of("outcome", "RETURNED_HOME", "note", "House repaired"));
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(home.json().get("endOutcome").asString()).isEqualTo("RETURNED_HOME");
        assertThat(occupiedPersons(planner, second)).isZero();
        assertThat(householdQueries.find(household.id()).journey().status().name())
                .isEqualTo("RETURNED_HOME");
        Answer twice = atFirst.post("/api/v1/stays/" + newStay + "/check-out", Map.of("outcome", "RETURNED_HOME"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("STAY_ALREADY_ENDED");

        JsonNode history =
                atFirst.get("/api/v1/stays/history?household=" + household.id()).json();
        assertThat(history.valueStream()
                        .map(event -> event.get("type").asString())
                        .toList())
                .containsExactly("CHECKED_IN", "TRANSFERRED_OUT", "TRANSFERRED_IN", "CHECKED_OUT");
        assertThat(history.valueStream()
                        .map(event -> event.get("actor").asString())
                        .toList())
                .containsExactly(manager, coordinator, coordinator, manager);
        assertThat(history.valueStream()
                        .map(event -> event.get("centreCode").asString())
                        .toList())
                .containsExactly(first, first, second, second);
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Closer to home");
        assertThat(history.get(1).get("details").get("toCentre").asString()).isEqualTo(second);
        assertThat(history.get(3).get("details").get("outcome").asString()).isEqualTo("RETURNED_HOME");
        assertThat(history.get(3).get("reason").asString()).isEqualTo("House repaired");

        JsonNode stays =
                atFirst.get("/api/v1/stays?household=" + household.id()).json();
        assertThat(stays).hasSize(2);
        assertThat(stays.get(0).get("id").asString()).isEqualTo(newStay);
    }

    @Test
    void theHistoryCannotBeChangedOrDeletedEvenByHand() {
        String centre = centre(10, 3, 1);
        Household household = ReceptionTestData.household(households, 2);
        new ApiClient(port, ReceptionTestData.user(users, Role.ADMIN), ReceptionTestData.PASSWORD)
                .post("/api/v1/centres/" + centre + "/stays", Map.of("household", household.reference()));
        assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE reception_stay_event SET actor = 'someone else' WHERE household_id = :id")
                        .param("id", household.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM reception_stay_event WHERE household_id = :id")
                        .param("id", household.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM reception_stay_event WHERE household_id = :id")
                        .param("id", household.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesAStayBeyondCapacityEvenWhenWrittenByHand() {
        String centre = centre(3, 3, 0);
        Household household = ReceptionTestData.household(households, 4);
        String members = household.members().stream()
                .map(member -> member.id().toString())
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO reception_stay (id, centre_code, household_id, member_ids, accessible, started_at, started_by)
                        VALUES (gen_random_uuid(), :centre, :household, CAST(string_to_array(:members, ',') AS uuid[]), false,
                            now(), 'by hand')""")
                        .param("centre", centre)
                        .param("household", household.id())
                        .param("members", members)
                        .update())
                .hasMessageContaining("CENTRE_FULL");
        assertThat(centres.find(centre).occupied()).isEqualTo(Spaces.NONE);
    }

    @Test
    void checkOutNeedsAKnownOutcomeAndANoteForOther() {
        String centre = centre(10, 3, 1);
        Household household = ReceptionTestData.household(households, 2);
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        String stay = manager.post("/api/v1/centres/" + centre + "/stays", Map.of("household", household.reference()))
                .json()
                .get("id")
                .asString();
        assertThat(StayApiIT.codes(manager.post("/api/v1/stays/" + stay + "/check-out", Map.of("outcome", "VANISHED"))))
                .containsExactly("OUTCOME_INVALID");
        assertThat(StayApiIT.codes(manager.post("/api/v1/stays/" + stay + "/check-out", Map.of("outcome", "OTHER"))))
                .containsExactly("CHECK_OUT_NOTE_MISSING");
        Answer elsewhere =
                manager.post("/api/v1/stays/" + stay + "/check-out", Map.of("outcome", "OTHER_ACCOMMODATION"));
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(householdQueries.find(household.id()).journey().status().name())
                .as("only a return home ends the journey")
                .isEqualTo("AT_RECEPTION");
        assertThat(manager.get("/api/v1/stays/" + java.util.UUID.randomUUID())
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("STAY_NOT_FOUND");
        assertThat(manager.post("/api/v1/centres/NOPE-" + centre + "/stays", Map.of("household", household.reference()))
                        .status())
                .isEqualTo(404);
    }

    private String centre(int persons, int families, int accessible) {
        return centres.create(
                        ReceptionTestCentres.request(
                                ReceptionTestData.unique("HIST"), "SY020000", persons, families, accessible),
                        "test")
                .code();
    }

    private static int occupiedPersons(ApiClient api, String centre) {
        return api.get("/api/v1/centres/" + centre)
                .json()
                .get("occupied")
                .get("persons")
                .asInt();
    }
}
