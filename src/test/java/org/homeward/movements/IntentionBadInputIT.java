package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The corpus of bad survey files under {@code src/test/resources/intentions/bad-input}: each is
 * refused whole with the problem {@code expected.csv} names, and nothing is recorded.
 */
@HomewardTest
class IntentionBadInputIT {

    private static final String CORPUS = "/intentions/bad-input/";

    @Autowired
    IntentionSurveyImport imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFileOfTheCorpusIsRefusedWithItsProblemAndNothingIsRecorded() throws IOException {
        List<CSVRecord> expectations = expectations();
        assertThat(expectations).hasSizeGreaterThan(12);
        List<String> failures = new ArrayList<>();
        for (CSVRecord expected : expectations) {
            String before = recorded();
            IntentionImportReport report = imports.importFile(
                    read(expected.get("file")), expected.get("file"), ColumnMappings.STANDARD, "intentions.corpus");
            long row = Long.parseLong(expected.get("row"));
            String wanted = "row " + row + ", column " + expected.get("column") + " [" + expected.get("code") + "]";
            boolean found = report.problems().stream()
                    .anyMatch(problem -> problem.row() == row
                            && problem.column().equals(expected.get("column"))
                            && problem.code().name().equals(expected.get("code"))
                            && !problem.message().isBlank());
            if (report.imported() || !found) {
                failures.add(expected.get("file") + ": expected " + wanted + " but got " + report.problems());
            }
            if (!before.equals(recorded())) {
                failures.add(expected.get("file") + " recorded something although it was refused");
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<CSVRecord> expectations() throws IOException {
        try (InputStream in = IntentionBadInputIT.class.getResourceAsStream(CORPUS + "expected.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new java.io.StringReader(text))
                    .getRecords();
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = IntentionBadInputIT.class.getResourceAsStream(CORPUS + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }

    private String recorded() {
        return jdbc.sql(
                        "SELECT concat_ws('#', (SELECT count(*) FROM return_intention), (SELECT count(*) FROM intention_import))")
                .query(String.class)
                .single();
    }
}
