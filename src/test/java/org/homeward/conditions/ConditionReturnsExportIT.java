package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.homeward.statistics.ConditionReturns;
import org.homeward.statistics.ConditionReturnsService;
import org.homeward.statistics.IndicatorService;
import org.homeward.statistics.IndicatorTable;
import org.homeward.statistics.TableDimension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Returns into red and amber areas reach the statistics exports (HXL CSV, XLSX, JSON) as the same
 * protected table the API and the dashboard publish: a red count below the threshold leaves as an
 * empty cell, with HXL hashtags and headers in English and Arabic.
 */
@HomewardTest
class ConditionReturnsExportIT {

    /** Sub-districts (Homs governorate) and a month no other test uses: red and amber in May 2017 here. */
    private static final String RED_AREA = "SY040601";

    private static final String AMBER_AREA = "SY040108";
    private static final String QUERY = "table=conditions&from=2017-05-01&to=2017-05-31&by=month";
    private static final String PASSWORD = "condition export password";

    @Autowired
    AssessmentImportService assessments;

    @Autowired
    HouseholdImportService registrations;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ConditionReturnsService figures;

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void theExportsCarryTheProtectedReturnsIntoRedAndAmberAreasWithHxlTagsInBothLanguages() throws Exception {
        ApiClient analyst = recordMayOf2017();
        ConditionReturns published = figures.table(
                        LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 31), TableDimension.MONTH)
                .orElseThrow();
        assertThat(published.rows()).containsExactly("2017-05");
        assertThat(published.cells().get(0).get(0).suppressed())
                .as("three returns into the red area")
                .isTrue();

        List<String> lines = analyst.get("/api/v1/statistics/export?format=hxl&lang=en&" + QUERY)
                .body()
                .lines()
                .toList();
        assertThat(lines.get(0))
                .isEqualTo("Month,Into red areas,Into amber areas,Into areas of unknown condition,"
                        + "Into green areas,All returns");
        assertThat(lines.get(1))
                .isEqualTo(
                        "#date,#affected+returnees+area_red+ind,#affected+returnees+area_amber+ind,"
                                + "#affected+returnees+area_unknown+ind,#affected+returnees+area_green+ind,#affected+returnees+ind");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2).split(",", -1)).containsExactly(expected(published));

        JsonNode json = analyst.get("/api/v1/statistics/export?format=json&lang=en&" + QUERY)
                .json();
        assertThat(json.path("title").asString()).isEqualTo("Returns into red and amber areas");
        assertThat(json.path("rows").get(0).get(1).isNull()).isTrue();
        assertThat(json.path("totals").get(0).get(1).isNull())
                .as("the red total is the same three")
                .isTrue();
        assertThat(json.path("columns").get(1).path("hashtag").asString())
                .isEqualTo("#affected+returnees+area_red+ind");
        assertThat(json.path("definitions").toString()).contains("last day of the period");

        byte[] workbookBytes = download(analystName, "/api/v1/statistics/export?format=xlsx&lang=ar&" + QUERY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            Sheet data = workbook.getSheet("Data");
            assertThat(data.isRightToLeft()).isTrue();
            assertThat(data.getRow(0).getCell(1).getStringCellValue()).isEqualTo("إلى مناطق حمراء");
            assertThat(data.getRow(0).getCell(2).getStringCellValue()).isEqualTo("إلى مناطق برتقالية");
            assertThat(data.getRow(1).getCell(1).getStringCellValue()).isEqualTo("#affected+returnees+area_red+ind");
            Row may = data.getRow(2);
            assertThat(may.getCell(0).getStringCellValue()).isEqualTo("2017-05");
            assertThat(may.getCell(1)).as("hidden, not a number").isNull();
        }
    }

    @Test
    void refusesAnUnknownTableOrPeriodWithAClearProblem() {
        ApiClient analyst = new ApiClient(port, analyst(), PASSWORD);
        Answer table = analyst.get("/api/v1/statistics/export?format=hxl&table=people");
        assertThat(table.status()).isEqualTo(400);
        assertThat(table.body()).contains("table").contains("returns, conditions or plans");
        Answer week = analyst.get("/api/v1/statistics/export?format=hxl&table=conditions&by=week");
        assertThat(week.status()).isEqualTo(400);
        assertThat(week.body()).contains("by").contains("month or year");
    }

    /** The values the export must carry: the published cells of the month, an empty cell where hidden. */
    private static String[] expected(ConditionReturns published) {
        List<String> values = new ArrayList<>();
        values.add("2017-05");
        for (IndicatorTable.Cell cell : published.cells().get(0)) {
            values.add(cell.value() == null ? "" : cell.value().toString());
        }
        IndicatorTable.Cell all = published.rowTotals().get(0);
        values.add(all.value() == null ? "" : all.value().toString());
        return values.toArray(String[]::new);
    }

    /** Assessments dated 10 May 2017, then three returns into the red area and eight into the amber one on 20 May. */
    private String analystName;

    private ApiClient recordMayOf2017() throws Exception {
        LocalDate assessed = LocalDate.of(2017, 5, 10);
        StringBuilder file = new StringBuilder(
                "subdistrict_pcode,indicator,value,source_organisation,assessed_on," + "method,confidence\n");
        file.append(String.join(
                        ",", RED_AREA, "ACTIVE_HOSTILITIES", "yes", "HNAP", assessed.toString(), "REMOTE", "MEDIUM"))
                .append('\n');
        for (String redLine :
                List.of("ACTIVE_HOSTILITIES", "UNSURVEYED_EXPLOSIVE_ORDNANCE", "RETURNS_BLOCKED_BY_AUTHORITY")) {
            file.append(String.join(
                            ",", AMBER_AREA, redLine, "no", "REACH", assessed.toString(), "KEY_INFORMANTS", "HIGH"))
                    .append('\n');
        }
        assessments.importFile(file.toString().getBytes(StandardCharsets.UTF_8), "test");

        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        List<String> rows = new ArrayList<>();
        rows.addAll(household("R" + run, RED_AREA, 3));
        rows.addAll(household("A" + run, AMBER_AREA, 4));
        rows.addAll(household("B" + run, AMBER_AREA, 4));
        Path csv = Files.createDirectories(Path.of("target", "test-data")).resolve("condition-returns-" + run + ".csv");
        Files.writeString(
                csv,
                "household_key,individual_key,registration_site,return_type,origin_country,origin_location,"
                        + "crossing_point,destination_pcode,planned_date,journey_status,registered_on,returned_on,relationship,"
                        + "given_name_ar,given_name_latin,father_name_ar,father_name_latin,grandfather_name_ar,"
                        + "grandfather_name_latin,family_name_ar,family_name_latin,sex,date_of_birth,phone,document_type,"
                        + "document_number,place_of_origin,specific_needs\n" + String.join("\n", rows) + "\n");
        ImportReport report = registrations.importFile(
                csv, new ImportOptions(false, null, "conditions-test", 0), ImportProgress.SILENT);
        assertThat(report.problems()).isEmpty();
        indicators.refresh();
        analystName = analyst();
        return new ApiClient(port, analystName, PASSWORD);
    }

    private static List<String> household(String key, String destination, int persons) {
        String[] relationships = {"PRINCIPAL", "SPOUSE", "SON", "DAUGHTER"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            rows.add(String.join(
                    ",",
                    key,
                    key + "-" + i,
                    "Test site",
                    "REFUGEE",
                    "TUR",
                    "",
                    "BAB_AL_HAWA",
                    destination,
                    "",
                    "RETURNED_HOME",
                    "2017-05-02",
                    "2017-05-20",
                    relationships[i],
                    "سليم",
                    "Salim",
                    "",
                    "",
                    "",
                    "",
                    "الشامي",
                    "Shami",
                    i % 2 == 0 ? "M" : "F",
                    String.valueOf(1975 + 9 * i),
                    "",
                    "",
                    "",
                    "",
                    ""));
        }
        return rows;
    }

    private byte[] download(String username, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("homeward-returns-by-condition.xlsx");
        return response.body();
    }

    private String analyst() {
        String username = "analyst.conditions" + System.nanoTime() % 1_000_000;
        users.create(username, Role.ANALYST, PASSWORD, "Information management");
        return username;
    }
}
