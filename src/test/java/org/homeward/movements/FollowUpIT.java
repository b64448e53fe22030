package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
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
import org.homeward.registry.Individual;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-up visits: scheduled at 3 and 6 months by arrival, listed when due, recorded once with
 * what they found, and counted in persons for the plan's funnel.
 */
@HomewardTest
class FollowUpIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    FollowUpService followUps;

    @Autowired
    SlipCodes slipCodes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void visitsFallDueAtThreeAndSixMonthsAreRecordedOnceAndCountedForThePlan() throws Exception {
        ApiClient officer =
                new ApiClient(port, BoardingTestData.user(users, Role.REGISTRATION_OFFICER), BoardingTestData.PASSWORD);
        ApiClient coordinator =
                new ApiClient(port, BoardingTestData.user(users, Role.COORDINATOR), BoardingTestData.PASSWORD);
        LocalDate today = LocalDate.now(clock);
        UUID plan = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO return_plan (id, name, starts_on, ends_on, created_by, created_at) VALUES (:id, :name, :from, :to, 'test', now())")
                .param("id", plan)
                .param("name", "Follow-up plan " + plan)
                .param("from", java.sql.Date.valueOf(today))
                .param("to", java.sql.Date.valueOf(today.plusMonths(24)))
                .update();
        UUID movement = BoardingTestData.movement(jdbc, today, "HOME");
        jdbc.sql("UPDATE movement SET plan_id = :plan WHERE id = :id")
                .param("plan", plan)
                .param("id", movement)
                .update();
        Household stays = BoardingTestData.household(households, "SY010000", 3);
        Household leaves = BoardingTestData.household(households, "SY010000", 2);
        for (Household household : List.of(stays, leaves)) {
            BoardingTestData.onManifest(jdbc, movement, household);
            officer.post(
                    "/api/v1/movements/" + movement + "/boarding",
                    Map.of("scanned", slipCodes.sign(household.reference())));
        }
        BoardingTestData.depart(jdbc, movement);
        List<String> everyone = java.util.stream.Stream.of(stays, leaves)
                .flatMap(household -> household.members().stream())
                .map(Individual::id)
                .map(UUID::toString)
                .toList();
        assertThat(officer.post("/api/v1/movements/" + movement + "/arrival", Map.of("arrived", everyone))
                        .status())
                .isEqualTo(200);

        assertThat(jdbc.sql(
                                "SELECT months_after || ':' || due_on FROM follow_up_visit WHERE movement_id = :id ORDER BY household_id, months_after")
                        .param("id", movement)
                        .query(String.class)
                        .list())
                .hasSize(4)
                .contains("3:" + today.plusMonths(3), "6:" + today.plusMonths(6));
        assertThat(coordinator.get("/api/v1/follow-ups").body()).doesNotContain(stays.reference());

        // Three months pass: the visits are moved back as if the households had arrived then.
        jdbc.sql(
                        "UPDATE follow_up_visit SET arrived_on = arrived_on - interval '3 months', due_on = due_on - interval '3 months'"
                                + " WHERE movement_id = :id")
                .param("id", movement)
                .update();
        Answer due = coordinator.get("/api/v1/follow-ups");
        assertThat(due.body()).contains(stays.reference(), leaves.reference());
        String staysVisit = visitId(movement, stays, 3);
        String leavesVisit = visitId(movement, leaves, 3);
        assertThat(due.body()).contains(staysVisit, leavesVisit).doesNotContain(visitId(movement, stays, 6));

        Answer incomplete = coordinator.post("/api/v1/follow-ups/" + leavesVisit, Map.of("outcome", "DISPLACED_AGAIN"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("displacedTo", "reason");
        // Where to is a place's name as imports read names: one two places share is refused, naming them.
        Answer ambiguous = coordinator.post(
                "/api/v1/follow-ups/" + leavesVisit,
                Map.of("outcome", "DISPLACED_AGAIN", "displacedTo", "Suran", "reason", "LIVELIHOODS"));
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.json().path("errors").get(0).path("code").asString())
                .isEqualTo("DISPLACED_TO_AMBIGUOUS");
        assertThat(ambiguous.json().path("errors").get(0).path("message").asString())
                .contains("SY020405", "SY050101");
        Answer home = coordinator.post("/api/v1/follow-ups/" + staysVisit, Map.of("outcome", "AT_HOME"));
        Answer displaced = coordinator.post(
                "/api/v1/follow-ups/" + leavesVisit,
                Map.of(
                        "outcome",
                        "DISPLACED_AGAIN",
                        "displacedTo",
                        "Jaramana",
                        "reason",
                        "LIVELIHOODS",
                        "note",
                        "Went back to Lebanon for work"));
        Answer twice = coordinator.post("/api/v1/follow-ups/" + staysVisit, Map.of("outcome", "NOT_FOUND"));
        Answer officerTries = officer.get("/api/v1/follow-ups");

        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(displaced.status()).as(displaced.body()).isEqualTo(200);
        assertThat(displaced.json().path("displacementReason").asString()).isEqualTo("LIVELIHOODS");
        assertThat(displaced.json().path("displacedToPcode").asString()).isEqualTo("SY030103");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(officerTries.status()).isEqualTo(403);
        FollowUpFigures figures = followUps.figures(plan);
        assertThat(figures).isEqualTo(new FollowUpFigures(3, 0, 2, 0, 0));
        assertThat(coordinator
                        .get("/api/v1/follow-ups/figures?plan=" + plan)
                        .json()
                        .path("atHomeAt3Months")
                        .asLong())
                .isEqualTo(3);
        assertThat(coordinator.get("/api/v1/follow-ups").body())
                .doesNotContain(staysVisit)
                .doesNotContain(leavesVisit);
    }

    private String visitId(UUID movement, Household household, int months) {
        return jdbc.sql(
                        "SELECT id FROM follow_up_visit WHERE movement_id = :movement AND household_id = :household AND months_after = :months")
                .param("movement", movement)
                .param("household", household.id())
                .param("months", months)
                .query(UUID.class)
                .single()
                .toString();
    }
}
