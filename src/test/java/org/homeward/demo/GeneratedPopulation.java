package org.homeward.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A generated population read back from its files, as any consumer would read them: the tests
 * judge the CSV, not the generator's internals. Populations are generated once per JVM and
 * settings, in a temporary directory.
 */
final class GeneratedPopulation {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final Map<DemoSettings, GeneratedPopulation> CACHE = new ConcurrentHashMap<>();

    final DemoSettings settings;
    final DemoSummary summary;
    final List<String> headers;
    final List<Row> rows;
    final Map<String, String> personByIndividualKey;
    final List<String> truthIndividualKeys;

    /** One row of households.csv with its real person from truth.csv. */
    record Row(Map<String, Integer> index, String[] values, String personId) {
        String get(String column) {
            Integer position = index.get(column);
            if (position == null) {
                throw new IllegalArgumentException("No column " + column);
            }
            return values[position];
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    private GeneratedPopulation(DemoSettings settings) throws IOException {
        this.settings = settings;
        Path directory = Files.createTempDirectory("homeward-demo-test");
        this.summary = new DemoPopulationGenerator(settings).generateInto(directory, GenerationProgress.NONE);
        this.truthIndividualKeys = new ArrayList<>();
        this.personByIndividualKey = new HashMap<>();
        for (CSVRecord record : read(directory.resolve("truth.csv"))) {
            truthIndividualKeys.add(record.get("individual_key"));
            personByIndividualKey.put(record.get("individual_key"), record.get("person_id"));
        }
        this.rows = new ArrayList<>();
        List<String> header = null;
        Map<String, Integer> index = null;
        for (CSVRecord record : read(directory.resolve("households.csv"))) {
            if (index == null) {
                header = record.getParser().getHeaderNames();
                index = record.getParser().getHeaderMap();
            }
            rows.add(new Row(index, record.values(), personByIndividualKey.get(record.get("individual_key"))));
        }
        this.headers = header;
        // Everything is in memory now; leave no large files behind.
        Files.delete(directory.resolve("households.csv"));
        Files.delete(directory.resolve("truth.csv"));
        Files.delete(directory);
    }

    static GeneratedPopulation of(DemoSettings settings) {
        return CACHE.computeIfAbsent(settings, key -> {
            try {
                return new GeneratedPopulation(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The population most tests judge: 200,000 individuals with the default shares. */
    static GeneratedPopulation large() {
        return of(DemoSettings.of(20260315L, TODAY, 200_000));
    }

    static GeneratedPopulation small() {
        return of(DemoSettings.of(7L, TODAY, 20_000));
    }

    /** The household registrations in file order, each its rows. */
    List<List<Row>> households() {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.get("household_key"), key -> new ArrayList<>())
                    .add(row);
        }
        return new ArrayList<>(byKey.values());
    }

    /** Registrations all of whose people are registered here for the first time. */
    List<List<Row>> firstRegistrations() {
        Set<String> seen = new HashSet<>();
        List<List<Row>> first = new ArrayList<>();
        for (List<Row> household : households()) {
            boolean allNew = household.stream().noneMatch(row -> seen.contains(row.personId()));
            household.forEach(row -> seen.add(row.personId()));
            if (allNew) {
                first.add(household);
            }
        }
        return first;
    }

    /** Rows grouped by real person, in file order. */
    Map<String, List<Row>> rowsByPerson() {
        Map<String, List<Row>> byPerson = new LinkedHashMap<>();
        for (Row row : rows) {
            byPerson.computeIfAbsent(row.personId(), key -> new ArrayList<>()).add(row);
        }
        return byPerson;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return parser.getRecords();
        }
    }
}
