package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A plan's targets spread over weeks and its movement's manifest reach the statistics exports as
 * planned against scheduled, boarded and arrived, by plan, country of asylum, crossing and week:
 * targets as set, counts of people protected, with HXL hashtags and headers in English and Arabic.
 */
@HomewardTest
class PlannedReturnsExportIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @LocalServerPort
    int port;

    @Test
    void theExportsSetTheSpreadTargetBesideTheProtectedCountsOfTheWeek() throws Exception {
        LocalDate today = LocalDate.now(MovementTestData.SYRIA);
        YearMonth month = YearMonth.from(today);
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        String planName = MovementTestData.unique("Winter returns from Lebanon");
        Answer plan = coordinator.post(
                "/api/v1/plans",
                Map.of(
                        "name",
                        planName,
                        "startsOn",
                        month.atDay(1).toString(),
                        "endsOn",
                        month.atEndOfMonth().toString(),
                        "targets",
                        List.of(Map.of(
                                "asylumCountry",
                                "LBN",
                                "month",
                                month.toString(),
                                "crossingCode",
                                "MASNAA",
                                "persons",
                                2000))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String movement =
                MovementTestData.movement(coordinator, plan.json().get("id").asString(), "HOME", new int[] {40, 2});
        for (int i = 0; i < 2; i++) {
            assertThat(MovementTestData.add(coordinator, movement, MovementTestData.household(households, 2), Map.of())
                            .status())
                    .isEqualTo(201);
        }
        String username = MovementTestData.user(users, Role.ANALYST);
        ApiClient analyst = new ApiClient(port, username, MovementTestData.PASSWORD);
        String query = "table=plans&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        String week = PlannedReturnsFigures.week(today);
        long planned = PlannedReturnsFigures.weeklyShares(month, 2000).get(week);

        JsonNode json = analyst.get("/api/v1/statistics/export?format=json&lang=en&" + query)
                .json();
        assertThat(json.path("title").asString()).isEqualTo("Planned and actual returns by plan");
        List<String> hashtags = new ArrayList<>();
        json.path("columns")
                .forEach(column -> hashtags.add(column.path("hashtag").asString()));
        assertThat(hashtags)
                .containsExactly(
                        "#activity+plan+name",
                        "#country+asylum+name",
                        "#country+asylum+code",
                        "#loc+crossing+name",
                        "#loc+crossing+code",
                        "#date+week",
                        "#targeted+returnees+planned+ind",
                        "#affected+returnees+scheduled+ind",
                        "#affected+returnees+boarded+ind",
                        "#affected+returnees+arrived+ind");
        List<JsonNode> weeks = rows(json, planName);
        assertThat(weeks)
                .extracting(row -> row.get(5).asString())
                .containsExactlyElementsOf(PlannedReturnsFigures.weeklyShares(month, 2000).keySet().stream()
                        .sorted()
                        .toList());
        assertThat(weeks.stream().mapToLong(row -> row.get(6).asLong()).sum()).isEqualTo(2000);
        JsonNode thisWeek = weeks.stream()
                .filter(row -> row.get(5).asString().equals(week))
                .findFirst()
                .orElseThrow();
        assertThat(thisWeek.get(2).asString()).isEqualTo("LBN");
        assertThat(thisWeek.get(4).asString()).isEqualTo("MASNAA");
        assertThat(thisWeek.get(6).asLong()).isEqualTo(planned);
        assertThat(thisWeek.get(7).isNull())
                .as("four persons scheduled are hidden")
                .isTrue();

        List<String> csv = analyst.get("/api/v1/statistics/export?format=hxl&lang=en&" + query)
                .body()
                .lines()
                .toList();
        assertThat(csv.get(0)).startsWith("Plan,Country of asylum,Country of asylum code,Crossing point,");
        assertThat(csv.get(1)).isEqualTo(String.join(",", hashtags));
        assertThat(csv)
                .anySatisfy(line ->
                        assertThat(line).startsWith(planName + ",").contains("," + week + "," + planned + ",,"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(username, "/api/v1/statistics/export?format=xlsx&lang=ar&" + query)))) {
            Sheet data = workbook.getSheet("Data");
            assertThat(data.isRightToLeft()).isTrue();
            Row header = data.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("الخطة");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("المخطط");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("الواصلون");
            assertThat(data.getRow(1).getCell(6).getStringCellValue()).isEqualTo("#targeted+returnees+planned+ind");
        }
    }

    private static List<JsonNode> rows(JsonNode json, String planName) {
        List<JsonNode> rows = new ArrayList<>();
        json.path("rows").forEach(row -> {
            if (row.get(0).asString().equals(planName)) {
                rows.add(row);
            }
        });
        return rows;
    }

    private byte[] download(String username, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + MovementTestData.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("homeward-plans.xlsx");
        return response.body();
    }
}
