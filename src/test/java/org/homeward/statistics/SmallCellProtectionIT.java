package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No answer of the API and no export holds a count from 1 to 4, or a hidden count that subtraction
 * along its rows and columns (totals included) gives back, over varied data full of small cells.
 */
class SmallCellProtectionIT {

    private static final int THRESHOLD = 5;
    private static final String PASSWORD = "protection password 1";
    private static final String[] PERIODS = {"from=2022-01-01&to=2023-12-31", "from=2022-03-10&to=2023-02-20"};
    private static final String[][] LAYOUTS = {
        {null, null},
        {"month", null},
        {"week", null},
        {"year", null},
        {"adm1", null},
        {"adm2", null},
        {"adm3", null},
        {"type", null},
        {"country", null},
        {"crossing", null},
        {"sex", null},
        {"age", null},
        {"month", "type"},
        {"month", "adm1"},
        {"adm1", "type"},
        {"adm1", "sex"},
        {"age", "sex"},
        {"year", "country"},
        {"country", "type"},
        {"adm2", "crossing"},
        {"adm1", "age"},
        {"quarterly-check-day", null}
    };
    private static ApiClient analyst;

    @BeforeAll
    static void data() throws Exception {
        HandMadeRegistry.load();
        SyntheticReturns.load();
        String username = "analyst.protection" + System.nanoTime() % 1_000_000;
        StatisticsTestApplication.bean(UserService.class)
                .create(username, Role.ANALYST, PASSWORD, "Information management");
        analyst = new ApiClient(StatisticsTestApplication.port(), username, PASSWORD);
    }

    @Test
    void noTableAnswerHoldsASmallOrRecoverableCount() {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        int hidden = 0;
        for (String period : PERIODS) {
            for (String[] layout : LAYOUTS) {
                for (String filter : new String[] {
                    "",
                    "&type=refugee",
                    "&type=idp&unit=households",
                    "&area=SY02",
                    "&counting=persons",
                    "&stage=pending"
                }) {
                    String query = period
                            + filter
                            + (layout[0] == null ? "" : "&rows=" + layout[0].replace("quarterly-check-", ""))
                            + (layout[1] == null ? "" : "&columns=" + layout[1]);
                    Answer answer = analyst.get("/api/v1/statistics/returns?" + query);
                    assertThat(answer.status()).as(query + " " + answer.body()).isEqualTo(200);
                    problems.addAll(PublishedTableAudit.ofTable(query, answer.json(), THRESHOLD));
                    hidden += answer.body().split("\"suppressed\":true").length - 1;
                    tables++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(tables).isEqualTo(PERIODS.length * LAYOUTS.length * 6);
        assertThat(hidden)
                .as("the data must be small enough somewhere to test anything")
                .isGreaterThan(100);
    }

    @Test
    void noExportHoldsASmallOrRecoverableCount() {
        List<String> problems = new ArrayList<>();
        for (String by :
                new String[] {"", "month", "year,country", "month,adm1", "adm3", "crossing", "adm1,crossing", "week"}) {
            for (String filter : new String[] {"", "&type=refugee", "&counting=persons&area=SY02"}) {
                String query = "from=2022-01-01&to=2023-12-31&by=" + by + filter;
                Answer answer = analyst.get("/api/v1/statistics/export?format=json&" + query);
                assertThat(answer.status()).as(query + " " + answer.body()).isEqualTo(200);
                problems.addAll(auditExport(query, answer.json(), by.isEmpty() ? 0 : by.split(",").length));
                Answer csv = analyst.get("/api/v1/statistics/export?format=hxl&" + query);
                problems.addAll(smallValuesInCsv(query, csv.body()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void chartDownloadsAndComparisonsHoldNoSmallCount() {
        List<String> problems = new ArrayList<>();
        for (String[] layout : LAYOUTS) {
            if (layout[0] == null || layout[0].startsWith("quarterly")) {
                continue;
            }
            String query = PERIODS[1] + "&rows=" + layout[0] + (layout[1] == null ? "" : "&columns=" + layout[1]);
            problems.addAll(smallValuesInCsv(
                    query,
                    analyst.get("/api/v1/statistics/returns.csv?" + query).body()));
        }
        for (JsonNode comparison : analyst.get("/api/v1/statistics/figures").json()) {
            JsonNode value = comparison.get("registryValue");
            if (!value.isNull() && value.asLong() > 0 && value.asLong() < THRESHOLD) {
                problems.add("comparison " + comparison.get("figure").get("id") + " shows " + value);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Rebuilds each count column of a JSON export on its grid (with the total rows) and audits it. */
    private static List<String> auditExport(String name, JsonNode export, int dimensions) {
        JsonNode columns = export.get("columns");
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).get("hashtag").asString().startsWith("#affected")) {
                counts.add(c);
            }
        }
        JsonNode rows = export.get("rows");
        JsonNode totals = export.get("totals");
        // The second dimension's key starts after the first one's: one column for a period, name and code otherwise.
        boolean firstIsPeriod = columns.get(0).get("hashtag").asString().equals("#date");
        int width = dimensions == 2 ? countDistinct(rows, firstIsPeriod ? 1 : 2) : 1;
        int height = dimensions == 0 ? 1 : rows.size() / width;
        List<String> problems = new ArrayList<>();
        List<Long[][]> grids = new ArrayList<>();
        for (int column : counts) {
            Long[][] values = new Long[height + 1][width + 1];
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    values[r][c] = number(rows.get(r * width + c).get(column));
                }
            }
            fillTotals(values, totals, column, dimensions, height, width);
            grids.add(values);
            problems.addAll(PublishedTableAudit.of(
                    new PublishedTableAudit.Grid(
                            name + " " + columns.get(column).get("hashtag").asString(), values),
                    THRESHOLD));
        }
        if (counts.size() == 5) {
            problems.addAll(sexesAddUp(name, grids.get(0), grids.get(2), grids.get(3)));
        }
        return problems;
    }

    /** Everyone = women + men: at no place may exactly one of the three be hidden. */
    private static List<String> sexesAddUp(String name, Long[][] everyone, Long[][] women, Long[][] men) {
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < everyone.length; r++) {
            for (int c = 0; c < everyone[r].length; c++) {
                int hidden =
                        (everyone[r][c] == null ? 1 : 0) + (women[r][c] == null ? 1 : 0) + (men[r][c] == null ? 1 : 0);
                if (hidden == 1) {
                    problems.add(name + ": one of everyone, women and men hidden alone at " + r + "," + c);
                }
            }
        }
        return problems;
    }

    private static void fillTotals(
            Long[][] values, JsonNode totals, int column, int dimensions, int height, int width) {
        if (dimensions == 0) {
            for (int r = 0; r <= 1; r++) {
                for (int c = 0; c <= 1; c++) {
                    values[r][c] = values[0][0];
                }
            }
            return;
        }
        if (dimensions == 1) {
            for (int r = 0; r < height; r++) {
                values[r][1] = values[r][0];
            }
            values[height][0] = number(totals.get(0).get(column));
            values[height][1] = values[height][0];
            return;
        }
        for (int r = 0; r < height; r++) {
            values[r][width] = number(totals.get(r).get(column));
        }
        for (int c = 0; c < width; c++) {
            values[height][c] = number(totals.get(height + c).get(column));
        }
        values[height][width] = number(totals.get(height + width).get(column));
    }

    private static int countDistinct(JsonNode rows, int keyColumn) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (JsonNode row : rows) {
            keys.add(String.valueOf(row.get(keyColumn)));
        }
        return keys.size();
    }

    private static Long number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }

    private static List<String> smallValuesInCsv(String name, String csv) {
        List<String> problems = new ArrayList<>();
        try {
            List<CSVRecord> records =
                    CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
            CSVRecord hashtags = records.get(1);
            for (CSVRecord record : records.subList(2, records.size())) {
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (hashtags.get(c).startsWith("#affected") && !value.isEmpty()) {
                        long count = Long.parseLong(value);
                        if (count > 0 && count < THRESHOLD) {
                            problems.add(name + ": small count " + count + " in CSV row " + record.getRecordNumber());
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            problems.add(name + ": unreadable CSV");
        }
        return problems;
    }
}
