package org.homeward.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the reference data of places shipped in {@code src/main/resources/places}: the OCHA-derived
 * JSON files of governorates, districts and sub-districts, and the CSV files of added aliases,
 * countries and crossings written for Homeward. A file that breaks a rule stops the start with
 * its name, record and reason, because running on half-read reference data would accept wrong codes.
 */
final class PlaceReferenceFiles {

    static final String FOLDER = "places/";
    private static final List<String> FILES = List.of(
            "governorates.json",
            "districts.json",
            "subdistricts.json",
            "aliases-added.csv",
            "countries.csv",
            "crossings.csv");
    private static final Map<PlaceLevel, Pattern> PCODE_SHAPES = Map.of(
            PlaceLevel.GOVERNORATE, Pattern.compile("SY\\d{2}"),
            PlaceLevel.DISTRICT, Pattern.compile("SY\\d{4}"),
            PlaceLevel.SUBDISTRICT, Pattern.compile("SY\\d{6}"));
    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> pcodeById = new LinkedHashMap<>();
    private final Map<String, Place> areas = new LinkedHashMap<>();
    private final Map<String, Set<PlaceAlias>> aliases = new LinkedHashMap<>();

    private PlaceReferenceFiles() {}

    /** The shipped files, read and checked on first use and kept for the rest of the run. */
    static PlaceReferenceData shipped() {
        return Shipped.DATA;
    }

    /** The catalogue of the shipped files, made once, for code that runs without the database. */
    static PlaceCatalogue shippedCatalogue() {
        return Shipped.CATALOGUE;
    }

    /** Reads and checks the shipped files. */
    static PlaceReferenceData read() {
        PlaceReferenceFiles files = new PlaceReferenceFiles();
        for (String file : FILES) {
            files.texts.put(file, resource(file));
        }
        return files.parse();
    }

    private PlaceReferenceData parse() {
        readUnits("governorates.json", PlaceLevel.GOVERNORATE, null);
        readUnits("districts.json", PlaceLevel.DISTRICT, "governorateId");
        readUnits("subdistricts.json", PlaceLevel.SUBDISTRICT, "districtId");
        readAddedAliases();
        List<CountryOfAsylum> countries = readCountries();
        List<CrossingPoint> crossings = new CrossingFile(
                        texts.get("crossings.csv"),
                        areas.keySet(),
                        countries.stream().map(CountryOfAsylum::iso3).toList())
                .read();
        Map<String, List<PlaceAlias>> aliasLists = new LinkedHashMap<>();
        aliases.forEach((pcode, names) -> aliasLists.put(pcode, List.copyOf(names)));
        return new PlaceReferenceData(List.copyOf(areas.values()), aliasLists, countries, crossings, checksum());
    }

    private void readUnits(String file, PlaceLevel level, String parentField) {
        JsonNode records = JsonMapper.builder().build().readTree(texts.get(file));
        int position = 0;
        for (JsonNode record : records) {
            position++;
            String where = FOLDER + file + ", record " + position + " ("
                    + record.path("id").asString("") + ")";
            String pcode = record.path("externalIds").path("ochaPcode").asString("");
            if (!PCODE_SHAPES.get(level).matcher(pcode).matches()) {
                throw failure(where, "the P-code '" + pcode + "' is not the P-code of a " + level.inWords());
            }
            if (areas.containsKey(pcode)) {
                throw failure(where, "the P-code " + pcode + " appears twice");
            }
            String parent = parentField == null
                    ? null
                    : pcodeById.get(record.path(parentField).asString(""));
            if (parentField != null && (parent == null || !pcode.startsWith(parent))) {
                throw failure(where, "its " + parentField + " names no unit whose P-code begins " + pcode);
            }
            String nameEn = record.path("name").path("en").asString("").trim();
            String nameAr = record.path("name").path("ar").asString("").trim();
            if (nameEn.isEmpty() || nameAr.isEmpty()) {
                throw failure(where, "it needs both an English and an Arabic name");
            }
            pcodeById.put(record.path("id").asString(""), pcode);
            areas.put(
                    pcode,
                    new Place(
                            pcode,
                            level,
                            parent,
                            nameEn,
                            nameAr,
                            number(record.path("centroid").path("latitude")),
                            number(record.path("centroid").path("longitude")),
                            number(record.path("area").path("value")),
                            whole(record.path("population").path("value")),
                            whole(record.path("population").path("year"))));
            for (JsonNode alias : record.path("aliases")) {
                addAlias(
                        pcode,
                        alias.path("value").asString(""),
                        alias.path("language").asString("und"),
                        alias.path("type").asString("alias"));
            }
        }
    }

    private void readAddedAliases() {
        for (CSVRecord row : rows("aliases-added.csv")) {
            String pcode = row.get("pcode");
            if (!areas.containsKey(pcode)) {
                throw failure(FOLDER + "aliases-added.csv, line " + row.getRecordNumber(), "unknown P-code " + pcode);
            }
            addAlias(pcode, row.get("alias"), row.get("language"), "added");
        }
    }

    private List<CountryOfAsylum> readCountries() {
        List<CountryOfAsylum> countries = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (CSVRecord row : rows("countries.csv")) {
            String where = FOLDER + "countries.csv, line " + row.getRecordNumber();
            String iso3 = row.get("iso3");
            String iso2 = row.get("iso2");
            if (!iso3.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}") || !codes.add(iso3) || !codes.add(iso2)) {
                throw failure(where, "the codes " + iso3 + "/" + iso2 + " are malformed or repeated");
            }
            if (row.get("name_en").isBlank() || row.get("name_ar").isBlank()) {
                throw failure(where, "it needs both an English and an Arabic name");
            }
            countries.add(new CountryOfAsylum(
                    iso3, iso2, row.get("name_en"), row.get("name_ar"), Boolean.parseBoolean(row.get("eu_member"))));
        }
        return countries;
    }

    private void addAlias(String pcode, String value, String language, String kind) {
        String name = value.trim();
        Place place = areas.get(pcode);
        if (!name.isEmpty() && !name.equals(place.nameEn()) && !name.equals(place.nameAr())) {
            aliases.computeIfAbsent(pcode, code -> new LinkedHashSet<>()).add(new PlaceAlias(name, language, kind));
        }
    }

    private List<CSVRecord> rows(String file) {
        try {
            return CSV.parse(new StringReader(texts.get(file))).getRecords();
        } catch (IOException | IllegalArgumentException e) {
            throw failure(FOLDER + file, "not readable as CSV: " + e.getMessage());
        }
    }

    private String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.forEach((file, text) -> {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static Integer whole(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static String resource(String file) {
        try (InputStream in = PlaceReferenceFiles.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The places reference file " + FOLDER + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The places reference file " + FOLDER + file + " cannot be read", e);
        }
    }

    static IllegalStateException failure(String where, String reason) {
        return new IllegalStateException("Places reference data, " + where + ": " + reason);
    }

    /** Holds the shipped data, so the files are read at the first use and only then. */
    private static final class Shipped {
        static final PlaceReferenceData DATA = read();
        static final PlaceCatalogue CATALOGUE = DATA.toCatalogue();
    }
}
