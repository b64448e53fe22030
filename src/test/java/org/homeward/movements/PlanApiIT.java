package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Return plans through the API: created with targets, targets set by JSON and CSV, bad targets named by row. */
@HomewardTest
class PlanApiIT {

    @Autowired
    UserService users;

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
    void aPlanIsCreatedWithItsTargetsAndShownWithThem() {
        String name = MovementTestData.unique("Lebanon returns");
        Answer created = coordinator.post(
                "/api/v1/plans",
                Map.of(
                        "name",
                        name,
                        "startsOn",
                        "2031-01-01",
                        "endsOn",
                        "2032-12-31",
                        "targets",
                        List.of(
                                Map.of(
                                        "asylumCountry",
                                        "lbn",
                                        "month",
                                        "2031-03",
                                        "crossingCode",
                                        "",
                                        "persons",
                                        12000),
                                Map.of("asylumCountry", "TUR", "month", "2031-03", "crossingCode", "", "persons", 8000),
                                Map.of(
                                        "asylumCountry",
                                        "LBN",
                                        "month",
                                        "2031-04",
                                        "crossingCode",
                                        "MASNAA",
                                        "persons",
                                        500))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode plan = coordinator.get("/api/v1/plans/" + id).json();
        assertThat(plan.get("name").asString()).isEqualTo(name);
        assertThat(plan.get("targets")).hasSize(3);
        assertThat(plan.get("targets").get(0).get("asylumCountry").asString())
                .as("codes are upper-cased")
                .isEqualTo("LBN");
        assertThat(plan.get("targetPersons").asLong()).isEqualTo(20500);

        JsonNode funnel = coordinator.get("/api/v1/plans/" + id + "/funnel").json();
        assertThat(funnel.get("targetPersons").asLong()).isEqualTo(20500);
        assertThat(funnel.get("byCountryMonth"))
                .extracting(row -> row.get("key").asString())
                .as("a plan beyond every other test's intentions shows only its own cells")
                .containsExactly("LBN 2031-03", "LBN 2031-04", "TUR 2031-03");
        assertThat(funnel.get("totals").get("SCHEDULED").asLong()).isZero();
        assertThat(funnel.get("counted"))
                .extracting(JsonNode::asString)
                .as("every stage is counted, losses too")
                .contains(
                        "INTENDING",
                        "VOLUNTARINESS_RECORDED",
                        "AT_HOME_3_MONTHS",
                        "AT_HOME_6_MONTHS",
                        "DISPLACED_AGAIN");
        assertThat(funnel.get("totals").get("DISPLACED_AGAIN").asLong()).isZero();

        ApiClient analyst = MovementTestData.client(port, users, Role.ANALYST);
        assertThat(analyst.get("/api/v1/plans/" + id + "/funnel").status())
                .as("figures only")
                .isEqualTo(200);
        assertThat(analyst.post("/api/v1/plans", Map.of("name", "x", "startsOn", "2027-01-01", "endsOn", "2027-02-01"))
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .post(
                                "/api/v1/plans",
                                Map.of("name", name.toUpperCase(), "startsOn", "2027-01-01", "endsOn", "2027-12-31"))
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("PLAN_NAME_TAKEN");
    }

    @Test
    void badTargetsAreNamedByRowAndFieldAndNothingIsWritten() {
        String name = MovementTestData.unique("Bad plan");
        Answer refused = coordinator.post(
                "/api/v1/plans",
                Map.of(
                        "name",
                        name,
                        "startsOn",
                        "2027-01-01",
                        "endsOn",
                        "2027-06-30",
                        "targets",
                        List.of(
                                Map.of("asylumCountry", "LBN", "month", "2027-02", "crossingCode", "", "persons", 10),
                                Map.of(
                                        "asylumCountry",
                                        "XXX",
                                        "month",
                                        "2027-13",
                                        "crossingCode",
                                        "NOWHERE",
                                        "persons",
                                        -1),
                                Map.of(
                                        "asylumCountry",
                                        "LBN",
                                        "month",
                                        "2027-09",
                                        "crossingCode",
                                        "",
                                        "persons",
                                        10))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("PLAN_INVALID");
        assertThat(refused.json().get("errors"))
                .extracting(error ->
                        error.get("field").asString() + " " + error.get("code").asString())
                .containsExactly(
                        "targets[1].asylumCountry COUNTRY_UNKNOWN",
                        "targets[1].month MONTH_INVALID",
                        "targets[1].crossingCode CROSSING_UNKNOWN",
                        "targets[1].persons PERSONS_INVALID",
                        "targets[2].month MONTH_OUTSIDE_PLAN");
        assertThat(coordinator.get("/api/v1/plans").json())
                .extracting(plan -> plan.get("name").asString())
                .doesNotContain(name);
        Answer badDates = coordinator.post(
                "/api/v1/plans", Map.of("name", name, "startsOn", "2027-05-01", "endsOn", "2027-01-01"));
        assertThat(badDates.json().get("errors").get(0).get("code").asString()).isEqualTo("PERIOD_INVALID");
    }

    @Test
    void targetsAreSetByJsonAndByCsvReplacingTheirCellAndACsvWithABadRowChangesNothing() throws Exception {
        String id = coordinator
                .post(
                        "/api/v1/plans",
                        Map.of(
                                "name",
                                MovementTestData.unique("Targets"),
                                "startsOn",
                                "2027-01-01",
                                "endsOn",
                                "2027-12-31"))
                .json()
                .get("id")
                .asString();
        Answer set = coordinator.put(
                "/api/v1/plans/" + id + "/targets",
                Map.of(
                        "targets",
                        List.of(Map.of(
                                "asylumCountry", "LBN", "month", "2027-01", "crossingCode", "", "persons", 100))));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        HttpResponse<String> uploaded =
                csv(id, "asylum_country,month,crossing,persons\nLBN,2027-01,,150\nJOR,2027-02,NASIB,40\n");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode targets = coordinator.get("/api/v1/plans/" + id).json().get("targets");
        assertThat(targets)
                .extracting(target -> target.get("asylumCountry").asString() + " "
                        + target.get("month").asString() + " "
                        + target.get("crossingCode").asString() + " "
                        + target.get("persons").asInt())
                .containsExactly("LBN 2027-01  150", "JOR 2027-02 NASIB 40");

        HttpResponse<String> bad =
                csv(id, "asylum_country,month,crossing,persons\nLBN,2027-03,,many\nLBN,2027-04,,5\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("row 2.persons").contains("PERSONS_INVALID");
        assertThat(coordinator.get("/api/v1/plans/" + id).json().get("targets")).hasSize(2);
        assertThat(csv(id, "country;persons\nLBN;3\n").body()).contains("CSV_COLUMNS_MISSING");
    }

    private HttpResponse<String> csv(String planId, String body) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((coordinatorName + ":" + MovementTestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/plans/" + planId + "/targets"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
