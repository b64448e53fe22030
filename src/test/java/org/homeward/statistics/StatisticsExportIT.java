package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.ApiClient;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.statistics.hxl.HxlHashtag;
import org.homeward.statistics.hxl.HxlValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatisticsExportIT {

    private static final String PASSWORD = "export password 12";
    private static String username;
    private static ApiClient analyst;
    private final HxlValidator validator = new HxlValidator();

    @BeforeAll
    static void data() throws Exception {
        HandMadeRegistry.load();
        SyntheticReturns.load();
        username = "analyst.export" + System.nanoTime() % 1_000_000;
        StatisticsTestApplication.bean(UserService.class)
                .create(username, Role.ANALYST, PASSWORD, "Information management");
        analyst = new ApiClient(StatisticsTestApplication.port(), username, PASSWORD);
    }

    @Test
    void writesHxlThatTheValidatorAcceptsWithTheHashtagRowUnderTheHeader() {
        String csv = analyst.get("/api/v1/statistics/export?format=hxl&from=2022-01-01&to=2023-12-31&by=month,adm1")
                .body();
        assertThat(validator.validate(new StringReader(csv))).isEmpty();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("Month,Governorate,Governorate P-code,Individuals,Households");
        assertThat(lines[1])
                .isEqualTo(
                        "#date,#adm1+name,#adm1+code,#affected+returnees+ind,#affected+returnees+hh,"
                                + "#affected+returnees+f+ind,#affected+returnees+m+ind,#affected+returnees+children+ind,#meta+counting");
        for (String hashtag : lines[1].split(",")) {
            assertThat(HxlHashtag.parse(hashtag)).as(hashtag).isPresent();
            assertThat(hashtag).matches("#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*");
        }
        // 24 months by 14 governorates and the OTHER-free synthetic destinations: one line per pair, no total lines.
        assertThat(lines).hasSize(2 + 24 * 14);
        assertThat(lines[2]).startsWith("2022-01,Damascus,SY01,");

        String byCountry = analyst.get(
                        "/api/v1/statistics/export?format=hxl&from=2022-01-01&to=2023-12-31&by=year,country"
                                + "&type=refugee")
                .body();
        assertThat(validator.validate(new StringReader(byCountry))).isEmpty();
        assertThat(byCountry.split("\r\n")[1])
                .isEqualTo("#date,#country+asylum+name,#country+asylum+code,"
                        + "#affected+returnees+refugees+ind,#affected+returnees+refugees+hh,#meta+counting");
    }

    @Test
    void chartDownloadsAreValidHxlWithSexAndAgeAsAttributes() {
        String pyramid = analyst.get(
                        "/api/v1/statistics/returns.csv?from=2022-01-01&to=2023-12-31&rows=age&columns=sex")
                .body();
        assertThat(validator.validate(new StringReader(pyramid))).isEmpty();
        String hashtags = pyramid.split("\r\n")[1];
        assertThat(hashtags)
                .contains(
                        "#affected+returnees+age0_4+f+ind",
                        "#affected+returnees+age60_plus+m+ind",
                        "#affected+returnees+ind",
                        "#meta+counting");
        for (String query : new String[] {
            "rows=month&columns=type",
            "rows=adm1",
            "rows=country&type=refugee",
            "rows=week&from=2023-01-01",
            "rows=adm1&columns=age"
        }) {
            String csv = analyst.get("/api/v1/statistics/returns.csv?from=2022-01-01&to=2023-12-31&" + query)
                    .body();
            assertThat(validator.validate(new StringReader(csv))).as(query).isEmpty();
        }
    }

    @Test
    void writesAnXlsxThatPoiOpensWithItsDefinitionsSheet() throws Exception {
        byte[] file = download("/api/v1/statistics/export?format=xlsx&from=2022-01-01&to=2023-12-31&by=adm1&lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet data = workbook.getSheet("Data");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Governorate");
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#adm1+name");
            assertThat(data.getRow(1).getCell(2).getStringCellValue()).isEqualTo("#affected+returnees+ind");
            assertThat(data.getRow(2).getCell(1).getStringCellValue()).isEqualTo("SY01");
            Sheet definitions = workbook.getSheet("Definitions");
            assertThat(definitions).isNotNull();
            List<String> terms = new ArrayList<>();
            for (Row row : definitions) {
                if (row.getCell(1) != null) {
                    terms.add(row.getCell(0).getStringCellValue() + ": "
                            + row.getCell(1).getStringCellValue());
                }
            }
            assertThat(terms)
                    .anyMatch(term -> term.startsWith("Definition: Returns:") && term.contains("RETURNED_HOME"));
            assertThat(terms).anyMatch(term -> term.startsWith("Counting: registrations"));
            assertThat(terms).anyMatch(term -> term.startsWith("Small-cell protection: ") && term.contains("1 to 4"));
            assertThat(terms).anyMatch(term -> term.startsWith("Children (under 18)"));
        }
        byte[] arabic = download("/api/v1/statistics/export?format=xlsx&from=2022-01-01&to=2023-12-31&by=adm1&lang=ar");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(arabic))) {
            assertThat(workbook.getSheet("Data").isRightToLeft()).isTrue();
            assertThat(workbook.getSheet("Data").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("المحافظة");
        }
    }

    @Test
    void answersJsonWithDefinitionsColumnsRowsAndTotals() {
        JsonNode export = analyst.get("/api/v1/statistics/export?format=json&from=2024-01-01&to=2024-12-31&by=year"
                        + "&counting=persons")
                .json();
        assertThat(export.get("columns").findValuesAsString("hashtag")).contains("#date", "#affected+returnees+ind");
        assertThat(export.get("definitions").findValuesAsString("text"))
                .anyMatch(text -> text.contains("deduplicated persons"));
        assertThat(export.get("rows")).hasSize(1);
        assertThat(export.get("rows").get(0).get(0).asString()).isEqualTo("2024");
        assertThat(export.get("rows")
                        .get(0)
                        .get(export.get("columns").size() - 1)
                        .asString())
                .isEqualTo("deduplicated persons");
        assertThat(export.get("totals")).hasSize(1);
    }

    private static byte[] download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + StatisticsTestApplication.port() + path))
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
                .contains("attachment");
        return response.body();
    }
}
