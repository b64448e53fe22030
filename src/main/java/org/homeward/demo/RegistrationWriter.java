package org.homeward.demo;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes registrations to the households file (interchange layout) and the truth file
 * ({@code individual_key,person_id}), giving each registration its household key as it is
 * written, and counts what it wrote. Rows are formatted into in-memory chunks handed to the
 * output whole, as writing field by field to a synchronised writer costs more than making the data.
 */
final class RegistrationWriter implements Closeable {

    static final String[] TRUTH_HEADERS = {"individual_key", "person_id"};
    static final String DEMO_KEY_PREFIX = "DEMO-";
    private static final int CHUNK = 1 << 16;

    private final String keyPrefix;
    private final Appendable householdsOut;
    private final Appendable truthOut;
    private final StringBuilder householdsChunk = new StringBuilder(2 * CHUNK);
    private final StringBuilder truthChunk = new StringBuilder(2 * CHUNK);
    private final CSVPrinter households;
    private final CSVPrinter truth;
    private long householdsWritten;
    private long rowsWritten;

    RegistrationWriter(Appendable householdsOut, Appendable truthOut) throws IOException {
        this(householdsOut, truthOut, DEMO_KEY_PREFIX);
    }

    /** Household keys are the prefix and a running number, e.g. {@code DEMO-00000001}. */
    RegistrationWriter(Appendable householdsOut, Appendable truthOut, String keyPrefix) throws IOException {
        this.keyPrefix = keyPrefix;
        this.householdsOut = householdsOut;
        this.truthOut = truthOut;
        this.households = new CSVPrinter(householdsChunk, format(DemoColumn.headers()));
        this.truth = new CSVPrinter(truthChunk, format(TRUTH_HEADERS));
    }

    /** RFC 4180 with a header line; empty values are written as nothing. */
    static CSVFormat format(String... headers) {
        return CSVFormat.RFC4180.builder().setHeader(headers).setNullString("").get();
    }

    void write(RenderedHousehold registration) throws IOException {
        householdsWritten++;
        String householdKey = keyPrefix + padded(householdsWritten, 8);
        for (int i = 0; i < registration.rows().size(); i++) {
            String[] row = registration.rows().get(i);
            String individualKey = householdKey + "-" + padded(i + 1, 2);
            row[DemoColumn.HOUSEHOLD_KEY.ordinal()] = householdKey;
            row[DemoColumn.INDIVIDUAL_KEY.ordinal()] = individualKey;
            households.printRecord((Object[]) row);
            truth.printRecord(individualKey, "P" + registration.personIds()[i]);
            rowsWritten++;
        }
        if (householdsChunk.length() >= CHUNK) {
            handOver();
        }
    }

    long householdsWritten() {
        return householdsWritten;
    }

    long rowsWritten() {
        return rowsWritten;
    }

    /** Hands what is formatted to the outputs and flushes them; the caller closes the outputs. */
    @Override
    public void close() throws IOException {
        handOver();
        if (householdsOut instanceof Flushable flushable) {
            flushable.flush();
        }
        if (truthOut instanceof Flushable flushable) {
            flushable.flush();
        }
    }

    private void handOver() throws IOException {
        householdsOut.append(householdsChunk);
        householdsChunk.setLength(0);
        truthOut.append(truthChunk);
        truthChunk.setLength(0);
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
