package org.homeward.reception;

import java.util.List;
import java.util.Map;

/**
 * The layout of {@code centres.csv}, shared with the allocation command line: the required
 * columns, the optional ones, and which column carries which field of a centre.
 */
final class CentreCsvLayout {

    static final String CENTRE_ID = "centre_id";
    static final String PCODE = "pcode";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String CAPACITY_PERSONS = "capacity_persons";
    static final String CAPACITY_FAMILIES = "capacity_families";
    static final String ACCESSIBLE_UNITS = "accessible_units";
    static final String OPEN = "open";
    static final String NAME_EN = "name_en";
    static final String NAME_AR = "name_ar";
    static final String TOWN = "town";
    static final String TOWN_AR = "town_ar";
    static final String SERVICES = "services";

    static final List<String> REQUIRED =
            List.of(CENTRE_ID, PCODE, LATITUDE, LONGITUDE, CAPACITY_PERSONS, CAPACITY_FAMILIES, ACCESSIBLE_UNITS, OPEN);
    static final List<String> OPTIONAL = List.of(NAME_EN, NAME_AR, TOWN, TOWN_AR, SERVICES);
    /** Services in one cell are separated by semicolons (or vertical bars), since commas separate cells. */
    static final String SERVICE_SEPARATOR = ";";

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("code", CENTRE_ID),
            Map.entry("pcode", PCODE),
            Map.entry("latitude", LATITUDE),
            Map.entry("longitude", LONGITUDE),
            Map.entry("capacityPersons", CAPACITY_PERSONS),
            Map.entry("capacityFamilies", CAPACITY_FAMILIES),
            Map.entry("accessibleUnits", ACCESSIBLE_UNITS),
            Map.entry("open", OPEN),
            Map.entry("nameEn", NAME_EN),
            Map.entry("nameAr", NAME_AR),
            Map.entry("townEn", TOWN),
            Map.entry("townAr", TOWN_AR));

    private CentreCsvLayout() {}

    /** The column that carries a field named as the validator names it ({@code services[2]} is in {@code services}). */
    static String columnOf(String field) {
        if (field.startsWith("services")) {
            return SERVICES;
        }
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }
}
