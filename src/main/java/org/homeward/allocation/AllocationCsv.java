package org.homeward.allocation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.allocation.engine.CentreVacancy;
import org.homeward.allocation.engine.WaitingHousehold;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceLookup;

/**
 * Reads the households and centres files of the {@code allocate} command; the columns are described
 * in docs/allocation.md. A file with any bad cell is refused as a whole, with every problem listed.
 */
public final class AllocationCsv {

    public static final List<String> HOUSEHOLD_COLUMNS =
            List.of("household_id", "size", "accessible_needed", "home_pcode", "priority");
    public static final List<String> CENTRE_COLUMNS = List.of(
            "centre_id",
            "pcode",
            "latitude",
            "longitude",
            "capacity_persons",
            "capacity_families",
            "accessible_units",
            "open");
    private static final int MOST_PROBLEMS_COLLECTED = 1000;

    private AllocationCsv() {}

    /** Reads the households; homes without coordinates get their P-code's centroid. */
    public static List<WaitingHousehold> readHouseholds(Path file, PlaceLookup places) {
        List<WaitingHousehold> households = new ArrayList<>();
        read(
                file,
                HOUSEHOLD_COLUMNS,
                (record, cells) -> readHousehold(record, cells, places).ifPresent(households::add));
        return households;
    }

    /** Reads the centres; a centre without coordinates gets its P-code's centroid. */
    public static List<CentreVacancy> readCentres(Path file, PlaceLookup places) {
        List<CentreVacancy> centres = new ArrayList<>();
        read(
                file,
                CENTRE_COLUMNS,
                (record, cells) -> readCentre(record, cells, places).ifPresent(centres::add));
        return centres;
    }

    private static void read(Path file, List<String> requiredColumns, BiConsumer<CSVRecord, CsvCells> rowReader) {
        String name = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        CsvCells cells = new CsvCells(name, problems);
        Map<String, Long> rowOfId = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = requiredColumns.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidAllocationInputException(List.of(name + " row 1: the header lacks the column(s) "
                        + String.join(", ", missing) + "; expected at least " + String.join(", ", requiredColumns)));
            }
            for (CSVRecord record : parser) {
                if (problems.size() >= MOST_PROBLEMS_COLLECTED) {
                    break;
                }
                checkUniqueId(record, requiredColumns.get(0), rowOfId, cells);
                rowReader.accept(record, cells);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidAllocationInputException(List.of(name + ": cannot be read as CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAllocationInputException(problems);
        }
    }

    private static void checkUniqueId(CSVRecord record, String idColumn, Map<String, Long> rowOfId, CsvCells cells) {
        cells.optional(record, idColumn).ifPresent(id -> {
            Long earlier = rowOfId.putIfAbsent(id, CsvCells.row(record));
            if (earlier != null) {
                cells.problem(record, idColumn, "'" + id + "' is already used in row " + earlier);
            }
        });
    }

    private static Optional<WaitingHousehold> readHousehold(CSVRecord record, CsvCells cells, PlaceLookup places) {
        Optional<String> id = cells.required(record, "household_id");
        Optional<Integer> size = cells.wholeNumber(record, "size", 1);
        Optional<Boolean> accessible = cells.trueOrFalse(record, "accessible_needed");
        Optional<String> pcode = cells.required(record, "home_pcode");
        Optional<Integer> priority = cells.wholeNumber(record, "priority", 0);
        Optional<Integer> waitingDays = cells.optionalWholeNumber(record, "waiting_days", 0);
        boolean waitingDaysBad = cells.optional(record, "waiting_days").isPresent() && waitingDays.isEmpty();
        Optional<GeoPoint> home = pcode.flatMap(
                code -> location(record, cells, "home_latitude", "home_longitude", "home_pcode", code, places));
        if (id.isEmpty()
                || size.isEmpty()
                || accessible.isEmpty()
                || home.isEmpty()
                || priority.isEmpty()
                || waitingDaysBad) {
            return Optional.empty();
        }
        return Optional.of(new WaitingHousehold(
                id.get(),
                size.get(),
                accessible.get(),
                pcode.get(),
                home.get(),
                priority.get(),
                waitingDays.orElse(0)));
    }

    private static Optional<CentreVacancy> readCentre(CSVRecord record, CsvCells cells, PlaceLookup places) {
        Optional<String> id = cells.required(record, "centre_id");
        Optional<String> pcode = cells.required(record, "pcode");
        Optional<GeoPoint> location =
                pcode.flatMap(code -> location(record, cells, "latitude", "longitude", "pcode", code, places));
        Optional<Integer> persons = cells.wholeNumber(record, "capacity_persons", 0);
        Optional<Integer> units = cells.wholeNumber(record, "capacity_families", 0);
        Optional<Integer> accessible = cells.wholeNumber(record, "accessible_units", 0);
        Optional<Boolean> open = cells.trueOrFalse(record, "open");
        Optional<Integer> occupied = cells.optionalWholeNumber(record, "occupied_persons", 0);
        boolean occupiedBad = cells.optional(record, "occupied_persons").isPresent() && occupied.isEmpty();
        if (units.isPresent() && accessible.isPresent() && accessible.get() > units.get()) {
            cells.problem(
                    record,
                    "accessible_units",
                    accessible.get() + " is more than capacity_families (" + units.get()
                            + "); accessible units are family units and are counted in both");
            return Optional.empty();
        }
        if (id.isEmpty()
                || location.isEmpty()
                || persons.isEmpty()
                || units.isEmpty()
                || accessible.isEmpty()
                || open.isEmpty()
                || occupiedBad) {
            return Optional.empty();
        }
        return Optional.of(new CentreVacancy(
                id.get(),
                pcode.get(),
                location.get(),
                persons.get(),
                units.get(),
                accessible.get(),
                occupied.orElse(0),
                open.get()));
    }

    /** The given coordinates, both or neither; without them the P-code's centroid. */
    private static Optional<GeoPoint> location(
            CSVRecord record,
            CsvCells cells,
            String latitudeColumn,
            String longitudeColumn,
            String pcodeColumn,
            String pcode,
            PlaceLookup places) {
        Optional<String> latitude = cells.optional(record, latitudeColumn);
        Optional<String> longitude = cells.optional(record, longitudeColumn);
        if (latitude.isEmpty() && longitude.isEmpty()) {
            Optional<GeoPoint> centroid = places.centroid(pcode);
            if (centroid.isEmpty()) {
                cells.problem(
                        record,
                        pcodeColumn,
                        "no centroid is known for '" + pcode + "'; give " + latitudeColumn + " and " + longitudeColumn);
            }
            return centroid;
        }
        if (latitude.isEmpty() || longitude.isEmpty()) {
            cells.problem(
                    record,
                    latitude.isEmpty() ? latitudeColumn : longitudeColumn,
                    "is empty while " + (latitude.isEmpty() ? longitudeColumn : latitudeColumn)
                            + " is given; give both or neither");
            return Optional.empty();
        }
        Optional<Double> lat = cells.decimal(record, latitudeColumn, latitude.get(), -90, 90);
        Optional<Double> lon = cells.decimal(record, longitudeColumn, longitude.get(), -180, 180);
        return lat.isPresent() && lon.isPresent() ? Optional.of(new GeoPoint(lat.get(), lon.get())) : Optional.empty();
    }
}
