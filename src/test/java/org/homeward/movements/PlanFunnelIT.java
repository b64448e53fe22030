package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movements.VoluntarinessTestData.as;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole funnel of a plan on real rows: intending persons from the current intentions, the
 * decisions that stand, the manifest, the follow-up visits with those displaced again; and the
 * funnel protected for readers who do not see the persons. Plans lie in years no other test of the
 * run states intentions in, so that the counts are exactly the fixture's.
 */
@HomewardTest
class PlanFunnelIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    PlanFunnel funnel;

    @Autowired
    VoluntarinessService voluntariness;

    @Autowired
    VoluntarinessReader reader;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ApiClient coordinator;
    String coordinatorName;

    @BeforeEach
    void signIn() {
        coordinatorName = MovementTestData.user(users, Role.COORDINATOR);
        coordinator = new ApiClient(port, coordinatorName, MovementTestData.PASSWORD);
    }

    @Test
    void everyStageIsCountedFromItsOwnRowsInTheCellsOfThePlan() {
        String planId = plan("2019-03-01", "2019-12-31");
        Household early = intending("LBN", 3, "WITHIN_3_MONTHS", "2019-01-15");
        intending("TUR", 4, "WITHIN_12_MONTHS", "2019-05-20");
        intending("LBN", 2, "WITHIN_3_MONTHS", "2018-10-01");
        Household changedMind = intending("LBN", 5, "WITHIN_3_MONTHS", "2019-04-01");
        state(changedMind, "NOT_INTENDING", "2019-06-01");
        intending("LBN", 2, "WITHIN_12_MONTHS", "2020-02-01");
        Household travelled = intending("LBN", 3, "WITHIN_3_MONTHS", "2019-05-01");
        Household displaced = IntentionTestData.household(households, "LBN", "SY010000", 2, null);

        VoluntarinessTestData data = new VoluntarinessTestData(households, users, jdbc);
        String officer = data.officer("funnel.officer");
        decide(officer, early, 0);
        decide(officer, early, 1);
        as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.withdraw(
                        early.id(), early.members().get(1).id(), new WithdrawVoluntarinessRequest(null)));
        decide(officer, travelled, 0);

        LocalDate departs = LocalDate.parse("2019-06-10");
        UUID movement = movement(planId, "LBN", "MASNAA", departs);
        BoardingTestData.onManifest(jdbc, movement, travelled);
        BoardingTestData.onManifest(jdbc, movement, displaced);
        visit(movement, travelled, 3, "AT_HOME");
        visit(movement, travelled, 6, "DISPLACED_AGAIN");
        visit(movement, displaced, 3, "DISPLACED_AGAIN");
        visit(movement, displaced, 6, "NOT_FOUND");

        PlanFunnelView view = funnel.of(UUID.fromString(planId));
        assertThat(view.counted()).containsExactly(FunnelStage.values());
        assertThat(view.totals())
                .containsEntry(FunnelStage.INTENDING, 3L + 4 + 3)
                .containsEntry(FunnelStage.VOLUNTARINESS_RECORDED, 2L)
                .containsEntry(FunnelStage.SCHEDULED, 5L)
                .containsEntry(FunnelStage.AT_HOME_3_MONTHS, 3L)
                .containsEntry(FunnelStage.AT_HOME_6_MONTHS, 0L)
                .containsEntry(FunnelStage.DISPLACED_AGAIN, 5L);
        assertThat(row(view.byCountryMonth(), "LBN 2019-03").at(FunnelStage.INTENDING))
                .as("said before the plan began: counted in its first month")
                .isEqualTo(3);
        assertThat(row(view.byCountryMonth(), "LBN 2019-03").at(FunnelStage.VOLUNTARINESS_RECORDED))
                .as("the withdrawn decision does not stand")
                .isEqualTo(1);
        assertThat(row(view.byCountryMonth(), "TUR 2019-05").at(FunnelStage.INTENDING))
                .isEqualTo(4);
        assertThat(row(view.byCountryMonth(), "LBN 2019-05").at(FunnelStage.INTENDING))
                .isEqualTo(3);
        assertThat(row(view.byCountryMonth(), "LBN 2019-05").at(FunnelStage.VOLUNTARINESS_RECORDED))
                .as("a household on a movement counts in the movement's cell")
                .isZero();
        PlanFunnelView.Row june = row(view.byCountryMonth(), "LBN 2019-06");
        assertThat(june.at(FunnelStage.VOLUNTARINESS_RECORDED)).isEqualTo(1);
        assertThat(june.at(FunnelStage.SCHEDULED)).isEqualTo(5);
        assertThat(june.at(FunnelStage.DISPLACED_AGAIN))
                .as("once per household, whichever visit found it")
                .isEqualTo(5);
        String week = departs.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", departs.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(view.byWeek())
                .extracting(PlanFunnelView.Row::key)
                .as("intentions know no week")
                .containsExactly(week);
        assertThat(row(view.byCrossing(), "*").at(FunnelStage.INTENDING)).isEqualTo(10);
        assertThat(row(view.byCrossing(), "MASNAA").at(FunnelStage.AT_HOME_3_MONTHS))
                .isEqualTo(3);

        JsonNode json = coordinator.get("/api/v1/plans/" + planId + "/funnel").json();
        assertThat(json.get("totals").get("DISPLACED_AGAIN").asLong()).isEqualTo(5);
        assertThat(json.get("totals").get("INTENDING").asLong()).isEqualTo(10);
        assertThat(json.get("smallCellsHidden").asBoolean()).isFalse();
    }

    @Test
    void aCellOfTwoIsHiddenFromAnAnalystWithWhatWouldGiveItBackAndExactForACoordinator() throws Exception {
        String planId = plan("2017-01-01", "2017-12-31");
        UUID fromLebanon = movement(planId, "LBN", "MASNAA", LocalDate.parse("2017-04-03"));
        UUID fromTurkiye = movement(planId, "TUR", "BAB_AL_HAWA", LocalDate.parse("2017-04-05"));
        BoardingTestData.onManifest(jdbc, fromLebanon, BoardingTestData.household(households, "SY010000", 2));
        BoardingTestData.onManifest(jdbc, fromTurkiye, BoardingTestData.household(households, "SY010000", 6));
        BoardingTestData.onManifest(jdbc, fromTurkiye, BoardingTestData.household(households, "SY010000", 6));

        JsonNode exact = coordinator.get("/api/v1/plans/" + planId + "/funnel").json();
        assertThat(cell(exact, "byCountryMonth", "LBN 2017-04", "SCHEDULED").asLong())
                .isEqualTo(2);
        assertThat(exact.get("totals").get("SCHEDULED").asLong()).isEqualTo(14);

        String analystName = MovementTestData.user(users, Role.ANALYST);
        ApiClient analyst = new ApiClient(port, analystName, MovementTestData.PASSWORD);
        JsonNode shown = analyst.get("/api/v1/plans/" + planId + "/funnel").json();
        String page = PageSession.signIn(port, analystName, MovementTestData.PASSWORD)
                .get("/plans/" + planId + "?lang=ar")
                .body();
        assertThat(page).contains("id=\"funnel-protection\"").contains("مخفي");
        String coordinatorPage = PageSession.signIn(port, coordinatorName, MovementTestData.PASSWORD)
                .get("/plans/" + planId)
                .body();
        assertThat(coordinatorPage).doesNotContain("id=\"funnel-protection\"").doesNotContain(">hidden<");
        assertThat(shown.get("smallCellsHidden").asBoolean()).isTrue();
        assertThat(hidden(cell(shown, "byCountryMonth", "LBN 2017-04", "SCHEDULED")))
                .isTrue();
        assertThat(hidden(cell(shown, "byCrossing", "MASNAA", "SCHEDULED"))).isTrue();
        for (String breakdown : List.of("byCountryMonth", "byCrossing")) {
            List<Long> others = new ArrayList<>();
            int hidden = 0;
            for (JsonNode row : shown.get(breakdown)) {
                JsonNode value = row.get("persons").get("SCHEDULED");
                if (hidden(value)) {
                    hidden++;
                } else {
                    others.add(value.asLong());
                }
            }
            boolean totalShown = !hidden(shown.get("totals").get("SCHEDULED"));
            assertThat(totalShown && hidden < 2)
                    .as(breakdown + ": the total less the cells shown would give the 2 back")
                    .isFalse();
            assertThat(others).doesNotContain(2L);
        }
        for (JsonNode row : shown.get("byWeek")) {
            JsonNode value = row.get("persons").get("SCHEDULED");
            assertThat(hidden(value) || value.asLong() >= 5)
                    .as("no week shows a small count")
                    .isTrue();
        }
    }

    private String plan(String from, String to) {
        ApiClient.Answer created = coordinator.post(
                "/api/v1/plans", Map.of("name", MovementTestData.unique("Funnel"), "startsOn", from, "endsOn", to));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Household intending(String country, int persons, String answer, String statedOn) {
        Household household = IntentionTestData.household(households, country, "SY010000", persons, null);
        state(household, answer, statedOn);
        return household;
    }

    private void state(Household household, String answer, String statedOn) {
        ApiClient.Answer recorded = coordinator.post(
                "/api/v1/households/" + household.id() + "/intentions",
                Map.of("intention", answer, "conditions", List.of(), "goAndSee", false, "statedOn", statedOn));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }

    private void decide(String officer, Household household, int member) {
        String digest = as(officer, Role.REGISTRATION_OFFICER, () -> reader.view(household.id()))
                .briefing()
                .digest();
        as(
                officer,
                Role.REGISTRATION_OFFICER,
                () -> voluntariness.record(
                        household.id(),
                        household.members().get(member).id(),
                        VoluntarinessTestData.form(digest, null)));
    }

    private UUID movement(String planId, String country, String crossing, LocalDate departsOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO movement (id, plan_id, kind, departs_on, departure_point, asylum_country, crossing_code,
                            destination_kind, created_by, created_at)
                        VALUES (:id, :plan, 'ORGANISED_RETURN', :day, 'Departure point', :country, :crossing, 'HOME',
                            'funnel.test', now())""")
                .param("id", id)
                .param("plan", UUID.fromString(planId))
                .param("day", Date.valueOf(departsOn))
                .param("country", country)
                .param("crossing", crossing)
                .update();
        jdbc.sql(
                        "INSERT INTO movement_vehicle (movement_id, label, seats, accessible_seats) VALUES (:id, 'Bus 1', 40, 2)")
                .param("id", id)
                .update();
        return id;
    }

    private void visit(UUID movement, Household household, int months, String outcome) {
        boolean displaced = outcome.equals("DISPLACED_AGAIN");
        jdbc.sql("""
                        INSERT INTO follow_up_visit (id, household_id, movement_id, months_after, arrived_on, due_on, persons,
                            outcome, displaced_to_pcode, displacement_reason, visited_on, recorded_by, recorded_at)
                        VALUES (:id, :household, :movement, :months, DATE '2019-06-11', DATE '2019-06-11' + :months * interval '1 month',
                            :persons, :outcome, :to, :reason, DATE '2019-12-20', 'funnel.test', now())""")
                .param("id", UUID.randomUUID())
                .param("household", household.id())
                .param("movement", movement)
                .param("months", months)
                .param("persons", household.members().size())
                .param("outcome", outcome)
                .param("to", displaced ? "SY020000" : null)
                .param("reason", displaced ? "LIVELIHOODS" : null)
                .update();
    }

    private static PlanFunnelView.Row row(List<PlanFunnelView.Row> rows, String key) {
        return rows.stream()
                .filter(row -> row.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
    }

    private static boolean hidden(JsonNode value) {
        return value == null || value.isNull();
    }

    private static JsonNode cell(JsonNode funnel, String breakdown, String key, String stage) {
        for (JsonNode row : funnel.get(breakdown)) {
            if (row.get("key").asString().equals(key)) {
                return row.get("persons").get(stage);
            }
        }
        throw new AssertionError("no row " + key + " in " + funnel.get(breakdown));
    }
}
