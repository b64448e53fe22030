package org.homeward.statistics;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads UNHCR's returns of Syrians by year (the {@code solutions} dataset of the refugees R
 * package): one figure per year and country of asylum for refugees, and one per year for IDPs
 * (rows whose country of asylum is Syria). Numbers may be written as {@code 6e+05}.
 */
final class UnhcrReturnsFile {

    static final String VERSION = "2025.12.1";
    static final String SOURCE = "UNHCR";
    static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 1);
    static final String CITATION = "UNHCR Refugee Data Finder, through UNHCR's refugees R package "
            + "(PopulationStatistics/refugees), dataset solutions, version " + VERSION + ". CC BY 4.0. "
            + "Publication day taken from the package version (December 2025).";
    static final String LINK = "https://www.unhcr.org/refugee-statistics/";

    private UnhcrReturnsFile() {}

    /** One figure of the file, with the key that makes loading it again change nothing. */
    record Row(String seedKey, FigureIndicator indicator, int year, String countryOfAsylum, long value) {}

    static List<Row> read(Reader csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(csv)) {
            int year = Integer.parseInt(record.get("year").trim());
            String asylum = record.get("coa_iso").trim();
            long refugees = number(record.get("returned_refugees"));
            long idps = number(record.get("returned_idps"));
            if (!"SYR".equals(asylum) && refugees > 0) {
                rows.add(new Row(
                        key(year, asylum, "refugees"), FigureIndicator.REFUGEE_RETURNS, year, asylum, refugees));
            }
            if ("SYR".equals(asylum) && idps > 0) {
                rows.add(new Row(key(year, asylum, "idps"), FigureIndicator.IDP_RETURNS, year, null, idps));
            }
        }
        return rows;
    }

    private static String key(int year, String asylum, String what) {
        return "unhcr-solutions-" + VERSION + ":" + year + ":" + asylum + ":" + what;
    }

    /** A count as the file writes it: "12186", "6e+05" or "1.2E6"; never a fraction. */
    static long number(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.isEmpty() || "NA".equals(trimmed) ? 0 : new BigDecimal(trimmed).longValueExact();
    }
}
