package org.homeward.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the demo's reference files from the class path. */
final class DemoResources {

    private DemoResources() {}

    static InputStream open(String resource) {
        InputStream stream = DemoResources.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing demo resource " + resource);
        }
        return stream;
    }

    /** Every record of a CSV resource with a header line, read through the header names. */
    static List<CSVRecord> csvRecords(String resource) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read demo resource " + resource, e);
        }
    }
}
