package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatisticsApiIT {

    private static final String PASSWORD = "statistics password 1";
    private static ApiClient analyst;
    private static ApiClient officer;

    @BeforeAll
    static void users() throws Exception {
        HandMadeRegistry.load();
        UserService users = StatisticsTestApplication.bean(UserService.class);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        users.create("analyst.api" + suffix, Role.ANALYST, PASSWORD, "Information management");
        users.create("officer.api" + suffix, Role.REGISTRATION_OFFICER, PASSWORD, "Field office");
        analyst = new ApiClient(StatisticsTestApplication.port(), "analyst.api" + suffix, PASSWORD);
        officer = new ApiClient(StatisticsTestApplication.port(), "officer.api" + suffix, PASSWORD);
    }

    @Test
    void answersAProtectedTableWithItsDefinitionAndCounting() {
        Answer answer = analyst.get("/api/v1/statistics/returns?from=2024-01-01&to=2024-12-31&rows=month");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode table = answer.json();
        assertThat(table.get("rows")).hasSize(12);
        assertThat(table.get("rows").get(2).get("key").asString()).isEqualTo("2024-03");
        // March 9 is shown; April 4 and June 2 are below 5 and hidden, each behind the other; the total 15 is shown.
        assertThat(table.get("cells").get(2).get(0).get("value").asLong()).isEqualTo(9);
        assertThat(table.get("cells").get(3).get(0).get("suppressed").asBoolean())
                .isTrue();
        assertThat(table.get("cells").get(3).get(0).get("value").isNull()).isTrue();
        assertThat(table.get("cells").get(5).get(0).get("suppressed").asBoolean())
                .isTrue();
        assertThat(table.get("total").get("value").asLong()).isEqualTo(15);
        assertThat(table.get("counting").asString()).isEqualTo("registrations");
        assertThat(table.get("definition").asString()).contains("RETURNED_HOME").contains("2024-01-01");
        assertThat(table.get("protection").asString()).contains("1 to 4");
        // Running totals: 9 by March; hidden between the first and last hidden month; 15 from June on.
        assertThat(table.get("cumulative").get(2).asLong()).isEqualTo(9);
        assertThat(table.get("cumulative").get(3).isNull()).isTrue();
        assertThat(table.get("cumulative").get(11).asLong()).isEqualTo(15);
    }

    @Test
    void speaksArabicWhenAsked() {
        JsonNode table = analyst.get("/api/v1/statistics/returns?from=2024-01-01&to=2024-12-31&rows=adm1&lang=ar")
                .json();
        assertThat(table.get("title").asString()).isEqualTo("العائدون");
        assertThat(table.get("rows").findValuesAsString("label")).contains("حلب");
        assertThat(table.get("counting").asString()).isEqualTo("registrations");
    }

    @Test
    void everyRoleReadsStatisticsButOnlyAnalystsCoordinatorsAndAdministratorsPublish() {
        assertThat(officer.get("/api/v1/statistics/returns?rows=year").status()).isEqualTo(200);
        Map<String, Object> figure = Map.of(
                "indicator",
                "REFUGEE_RETURNS",
                "value",
                "1,250",
                "periodFrom",
                "2024-01-01",
                "periodTo",
                "2024-12-31",
                "areaType",
                "COUNTRY",
                "areaCode",
                "lbn",
                "sourceOrganisation",
                "Test agency",
                "publishedOn",
                "2025-01-15",
                "citation",
                "Test agency, returns in 2024",
                "link",
                "https://example.org/returns");
        assertThat(officer.post("/api/v1/statistics/figures", figure).status()).isEqualTo(403);
        Answer recorded = analyst.post("/api/v1/statistics/figures", figure);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode comparison = recorded.json();
        assertThat(comparison.get("figure").get("value").asLong()).isEqualTo(1250);
        assertThat(comparison.get("figure").get("areaCode").asString()).isEqualTo("LBN");
        // The registry counts 8 refugee returns from Lebanon in 2024 and 3 from Türkiye, 11 in all. The 3 is hidden,
        // and so is the 8, which would be 11 - 3: the comparison says so instead of giving a number.
        assertThat(comparison.get("registrySuppressed").asBoolean()).isTrue();
        assertThat(comparison.get("registryValue").isNull()).isTrue();
        assertThat(comparison.get("difference").isNull()).isTrue();
        Map<String, Object> national = new java.util.HashMap<>(figure);
        national.put("areaType", "NATIONAL");
        national.remove("areaCode");
        JsonNode nationally =
                analyst.post("/api/v1/statistics/figures", national).json();
        assertThat(nationally.get("registryValue").asLong()).isEqualTo(11);
        assertThat(nationally.get("difference").asLong()).isEqualTo(11 - 1250);
        assertThat(nationally.get("percentOfPublished").asDouble())
                .isCloseTo(100.0 * 11 / 1250, org.assertj.core.data.Offset.offset(1e-9));

        long id = comparison.get("figure").get("id").asLong();
        Map<String, Object> changed = new java.util.HashMap<>(figure);
        changed.put("value", "1300");
        changed.put("version", 0);
        Answer updated = analyst.put("/api/v1/statistics/figures/" + id, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("figure").get("version").asLong()).isEqualTo(1);
        Answer stale = analyst.put("/api/v1/statistics/figures/" + id, changed);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("FIGURE_CHANGED_BY_SOMEONE_ELSE");
    }

    @Test
    void refusesABadFigureFieldByField() {
        Answer answer = analyst.post(
                "/api/v1/statistics/figures",
                Map.of(
                        "indicator",
                        "RETURNS",
                        "value",
                        "-3",
                        "periodFrom",
                        "2024-05-01",
                        "periodTo",
                        "2024-01-01",
                        "areaType",
                        "COUNTRY",
                        "areaCode",
                        "SY02"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("FIGURE_INVALID");
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .contains(
                        "indicator", "value", "periodTo", "areaCode", "sourceOrganisation", "publishedOn", "citation");
    }

    @Test
    void answersBadQueriesWithProblemsNotFailures() {
        for (String query : new String[] {
            "rows=colour",
            "from=2024-13-01",
            "from=2025-01-01&to=2024-01-01",
            "rows=country&columns=sex",
            "area=Aleppo",
            "country=Lebanon",
            "unit=households&counting=persons",
            "rows=day&from=1990-01-01",
            "columns=sex",
            "type=tourists"
        }) {
            Answer answer = analyst.get("/api/v1/statistics/returns?" + query);
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).as(query).isEqualTo("STATISTICS_QUERY_INVALID");
        }
        assertThat(analyst.get("/api/v1/statistics/export?format=pdf").status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/statistics/export?by=sex").status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/statistics/figures/999999").status()).isEqualTo(404);
        assertThat(new ApiClient(StatisticsTestApplication.port(), null, null)
                        .get("/api/v1/statistics/returns")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void setsThe2018AnnouncementBesideTheRegistry() {
        JsonNode comparisons = analyst.get("/api/v1/statistics/figures").json();
        JsonNode refugees = null;
        int unhcr = 0;
        for (JsonNode comparison : comparisons) {
            JsonNode figure = comparison.get("figure");
            if (figure.get("value").asLong() == 300_000
                    && "REFUGEE_RETURNS".equals(figure.get("indicator").asString())) {
                refugees = comparison;
            }
            if ("UNHCR".equals(figure.get("sourceOrganisation").asString())) {
                unhcr++;
            }
        }
        assertThat(refugees).isNotNull();
        assertThat(refugees.get("figure").get("citation").asString())
                .contains("Moscow Times")
                .contains("not an independent count");
        assertThat(refugees.get("registryValue").asLong()).isZero();
        assertThat(refugees.get("difference").asLong()).isEqualTo(-300_000);
        // 64 rows in the file: 55 refugee figures by country and year, and 9 years of IDP returns.
        assertThat(unhcr).isEqualTo(64);
    }
}
