package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The forecast on a small case made by hand, in a span of days far from any other test's
 * households, in a sub-district (Susat, SY090203) where no other test opens a centre or registers anyone.
 */
@HomewardTest
class ForecastIT {

    private static final String SUSAT = "SY090203";
    private static final LocalDate FIRST = LocalDate.of(2031, 3, 1);

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JourneyCommands journeyCommands;

    @Autowired
    CentreService centres;

    @Autowired
    ReceptionForecastService forecasts;

    @LocalServerPort
    int port;

    @Test
    void flagsAShortfallWhenThePlannedArrivalsNearACentreNeedMoreThanIsFree() {
        CentreRequest request = ReceptionTestCentres.request(ReceptionTestData.unique("FC"), SUSAT, 14, 4, 1);
        String centre = centres.create(
                        new CentreRequest(
                                request.code(),
                                request.nameEn(),
                                request.nameAr(),
                                "Susat",
                                "سوسة",
                                SUSAT,
                                34.533,
                                40.993,
                                14,
                                4,
                                1,
                                List.of(),
                                true,
                                null),
                        "test")
                .code();
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        Household staying = ReceptionTestData.household(households, SUSAT, FIRST, 4, Set.of());
        assertThat(manager.post("/api/v1/centres/" + centre + "/stays", Map.of("household", staying.reference()))
                        .status())
                .as("checked in: takes room and is no longer expected")
                .isEqualTo(201);
        ReceptionTestData.household(households, SUSAT, FIRST.plusDays(1), 4, Set.of());
        ReceptionTestData.household(households, SUSAT, FIRST.plusDays(3), 5, Set.of(1));
        ReceptionTestData.household(households, SUSAT, FIRST.plusDays(6), 3, Set.of());
        ReceptionTestData.household(households, SUSAT, FIRST.plusDays(30), 9, Set.of());
        Household withdrawn = ReceptionTestData.household(households, SUSAT, FIRST.plusDays(2), 6, Set.of());
        journeyCommands.move(
                MoveJourney.of(
                        withdrawn.id(), withdrawn.version(), JourneyStatus.WITHDRAWN, "Decided to stay in Lebanon"),
                "test");

        ApiClient analyst =
                new ApiClient(port, ReceptionTestData.user(users, Role.ANALYST), ReceptionTestData.PASSWORD);
        Answer answer = analyst.get("/api/v1/forecast?from=" + FIRST + "&days=30");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("lastDay").asString())
                .isEqualTo(FIRST.plusDays(29).toString());

        JsonNode forecast = answer.json()
                .get("centres")
                .valueStream()
                .filter(row -> row.get("code").asString().equals(centre))
                .findFirst()
                .orElseThrow();
        // 14 places, 4 units (1 accessible); one family of 4 in: 10 persons, 3 units, 1 accessible unit free.
        assertThat(spaces(forecast.get("free"))).containsExactly(10, 3, 1);
        // Expected within the 30 days: 4 + 5 (one disabled member) + 3; the withdrawn and the later one do not count.
        assertThat(spaces(forecast.get("planned"))).containsExactly(12, 3, 1);
        assertThat(forecast.get("households").asInt()).isEqualTo(3);
        assertThat(spaces(forecast.get("shortfall"))).containsExactly(2, 0, 0);
        assertThat(forecast.get("hasShortfall").asBoolean()).isTrue();
        assertThat(forecast.get("firstShortDay").asString())
                .isEqualTo(FIRST.plusDays(6).toString());

        JsonNode town = answer.json()
                .get("towns")
                .valueStream()
                .filter(row -> row.get("pcode").asString().equals(SUSAT)
                        && row.get("townEn").asString().equals("Susat"))
                .findFirst()
                .orElseThrow();
        assertThat(town.get("hasShortfall").asBoolean()).isTrue();
        assertThat(answer.body()).doesNotContain("Al-Test").doesNotContain("الاختبار");
    }

    @Test
    void theCentreBoardListsTheHouseholdsExpectedTodayNearTheCentre() {
        String sahnaya = "SY030901";
        String centre = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("TODAY"), sahnaya, 50, 10, 2), "test")
                .code();
        Household today = ReceptionTestData.household(households, sahnaya, forecasts.today(), 3, Set.of());
        Household tomorrow = ReceptionTestData.household(
                households, sahnaya, forecasts.today().plusDays(1), 2, Set.of());
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);

        Answer expected = manager.get("/api/v1/centres/" + centre + "/expected-today");
        assertThat(expected.status()).isEqualTo(200);
        List<String> references = expected.json()
                .valueStream()
                .map(row -> row.get("arrival").get("reference").asString())
                .toList();
        // Other tests' households due today with no centre in their district may count here too.
        assertThat(references).contains(today.reference()).doesNotContain(tomorrow.reference());
        JsonNode row = expected.json().get(references.indexOf(today.reference()));
        assertThat(row.get("principalNameLatin").asString()).startsWith("Mohammad Ali");
        assertThat(row.get("arrival").get("persons").asInt()).isEqualTo(3);
        assertThat(manager.get("/api/v1/forecast?days=0").json().get("code").asString())
                .isEqualTo("FORECAST_INVALID");
    }

    private static List<Integer> spaces(JsonNode spaces) {
        return List.of(
                spaces.get("persons").asInt(),
                spaces.get("familyUnits").asInt(),
                spaces.get("accessibleUnits").asInt());
    }
}
