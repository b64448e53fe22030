package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The documentation figures for an analyst: the backlog, completed chains and proposals as JSON,
 * CSV and XLSX, where every count the database holds between 1 and the threshold is hidden.
 */
@HomewardTest
class DocumentationFiguresIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void smallCountsAreHiddenInTheDashboardDataAndBothExports() throws Exception {
        // One Jordanian birth proposal of its own, so that at least one small cell exists.
        DocumentationTestData.household(households, "JOR", new String[] {"2023-09-09"}, new String[] {null});
        String analyst = DocumentationTestData.user(users, Role.ANALYST, null);
        Map<String, Long> raw = jdbc
                .sql("SELECT gap || '/' || status AS cell, count(*) AS n FROM documentation_proposal GROUP BY 1")
                .query((rs, n) -> Map.entry(rs.getString("cell"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(raw).isNotEmpty();

        JsonNode tables = new ApiClient(port, analyst, DocumentationTestData.PASSWORD)
                .get("/api/v1/documentation/figures")
                .json();
        JsonNode proposals = tables.valueStream()
                .filter(table -> table.path("id").asString().equals("proposals"))
                .findFirst()
                .orElseThrow();
        List<String> columns =
                proposals.path("columns").valueStream().map(JsonNode::asString).toList();
        Map<String, JsonNode> shownByCell = new java.util.HashMap<>();
        for (JsonNode row : proposals.path("rows")) {
            for (int c = 0; c < columns.size(); c++) {
                long stored = raw.getOrDefault(row.path("key").asString() + "/" + columns.get(c), 0L);
                JsonNode shown = row.path("cells").get(c);
                shownByCell.put(row.path("key").asString() + "/" + columns.get(c), shown);
                if (stored > 0 && stored < 5) {
                    assertThat(shown.isNull())
                            .as("a count of %d is hidden", stored)
                            .isTrue();
                } else if (!shown.isNull()) {
                    assertThat(shown.asLong()).isEqualTo(stored);
                }
            }
        }

        String csv = new String(download(analyst, "/documentation/figures/export.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("table,row,column,count,hidden\r\n");
        for (Map.Entry<String, Long> cell : raw.entrySet()) {
            String[] key = cell.getKey().split("/");
            String line = csv.lines()
                    .filter(candidate -> candidate.startsWith("proposals," + key[0] + "," + key[1] + ","))
                    .findFirst()
                    .orElseThrow();
            // A count of 5 or more may be hidden too, so that a hidden small count cannot be worked out from
            // its row's or column's total: the export hides exactly what the dashboard's data hides.
            JsonNode shown = shownByCell.get(cell.getKey());
            boolean hidden = cell.getValue() < 5 || shown == null || shown.isNull();
            assertThat(line)
                    .isEqualTo(
                            hidden
                                    ? "proposals," + key[0] + "," + key[1] + ",,true"
                                    : "proposals," + key[0] + "," + key[1] + "," + cell.getValue() + ",false");
        }
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(download(analyst, "/documentation/figures/export.xlsx")))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows())
                    .isEqualTo(csv.lines().count());
        }
    }

    private byte[] download(String username, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        // Pages take form login: sign in first, carrying the CSRF token of the login page.
        String login = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + DocumentationTestData.PASSWORD.replace(" ", "+")
                + "&_csrf=" + token.group(1);
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<byte[]> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
