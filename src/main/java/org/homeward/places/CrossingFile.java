package org.homeward.places;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code places/crossings.csv}, checking each row against the units and countries already read. */
final class CrossingFile {

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final String text;
    private final Set<String> pcodes;
    private final Collection<String> countries;

    CrossingFile(String text, Set<String> pcodes, Collection<String> countries) {
        this.text = text;
        this.pcodes = pcodes;
        this.countries = countries;
    }

    List<CrossingPoint> read() {
        List<CrossingPoint> crossings = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CSVRecord row : rows()) {
            String where = PlaceReferenceFiles.FOLDER + "crossings.csv, line " + row.getRecordNumber();
            String code = row.get("code");
            if (!code.matches("[A-Z][A-Z0-9_]{1,31}") || !codes.add(code)) {
                throw PlaceReferenceFiles.failure(where, "the code '" + code + "' is malformed or repeated");
            }
            if (row.get("name_en").isBlank() || row.get("name_ar").isBlank()) {
                throw PlaceReferenceFiles.failure(where, "it needs both an English and an Arabic name");
            }
            String neighbour = emptyToNull(row.get("neighbour_iso3"));
            if (neighbour != null && !countries.contains(neighbour)) {
                throw PlaceReferenceFiles.failure(
                        where, "the neighbour country " + neighbour + " is not in countries.csv");
            }
            String subdistrict = emptyToNull(row.get("subdistrict_pcode"));
            if (subdistrict != null && (!pcodes.contains(subdistrict) || subdistrict.length() != 8)) {
                throw PlaceReferenceFiles.failure(where, subdistrict + " is not a known sub-district P-code");
            }
            crossings.add(new CrossingPoint(
                    code,
                    row.get("name_en"),
                    row.get("name_ar"),
                    kind(row.get("kind"), where),
                    neighbour,
                    subdistrict,
                    coordinate(row.get("latitude"), 90, where),
                    coordinate(row.get("longitude"), 180, where),
                    Boolean.parseBoolean(row.get("coordinates_approximate"))));
        }
        return crossings;
    }

    private List<CSVRecord> rows() {
        try {
            return CSV.parse(new StringReader(text)).getRecords();
        } catch (IOException | IllegalArgumentException e) {
            throw PlaceReferenceFiles.failure(
                    PlaceReferenceFiles.FOLDER + "crossings.csv", "not readable as CSV: " + e.getMessage());
        }
    }

    private static CrossingPoint.Kind kind(String value, String where) {
        try {
            return CrossingPoint.Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlaceReferenceFiles.failure(where, "the kind '" + value + "' is not LAND, AIRPORT or SEA");
        }
    }

    private static Double coordinate(String value, double limit, String where) {
        if (value.isBlank()) {
            return null;
        }
        try {
            double coordinate = Double.parseDouble(value);
            if (Math.abs(coordinate) > limit) {
                throw PlaceReferenceFiles.failure(where, "the coordinate " + value + " is out of range");
            }
            return coordinate;
        } catch (NumberFormatException e) {
            throw PlaceReferenceFiles.failure(where, "the coordinate '" + value + "' is not a number");
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
