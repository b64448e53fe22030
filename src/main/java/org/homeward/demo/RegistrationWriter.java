package org.homeward.demo;

import java.io.Closeable;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes registrations to the households file (interchange layout) and the truth file
 * ({@code individual_key,person_id}), giving each registration its household key as it is
 * written, and counts what it wrote.
 */
final class RegistrationWriter implements Closeable {

    static final String[] TRUTH_HEADERS = {"individual_key", "person_id"};
    private static final String HOUSEHOLD_KEY_PREFIX = "DEMO-";

    private final CSVPrinter households;
    private final CSVPrinter truth;
    private long householdsWritten;
    private long rowsWritten;

    RegistrationWriter(Appendable householdsOut, Appendable truthOut) throws IOException {
        this.households = new CSVPrinter(householdsOut, format(DemoColumn.headers()));
        this.truth = new CSVPrinter(truthOut, format(TRUTH_HEADERS));
    }

    /** RFC 4180 with a header line; empty values are written as nothing. */
    static CSVFormat format(String... headers) {
        return CSVFormat.RFC4180.builder().setHeader(headers).setNullString("").get();
    }

    void write(RenderedHousehold registration) throws IOException {
        householdsWritten++;
        String householdKey = HOUSEHOLD_KEY_PREFIX + padded(householdsWritten, 8);
        for (int i = 0; i < registration.rows().size(); i++) {
            String[] row = registration.rows().get(i);
            String individualKey = householdKey + "-" + padded(i + 1, 2);
            row[DemoColumn.HOUSEHOLD_KEY.ordinal()] = householdKey;
            row[DemoColumn.INDIVIDUAL_KEY.ordinal()] = individualKey;
            households.printRecord((Object[]) row);
            truth.printRecord(individualKey, "P" + registration.personIds()[i]);
            rowsWritten++;
        }
    }

    long householdsWritten() {
        return householdsWritten;
    }

    long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public void close() throws IOException {
        try (truth) {
            households.close(true);
        }
    }

    /** Zero-padded decimal, without the cost of a format string on every row. */
    static String padded(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
