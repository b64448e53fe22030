package org.homeward.reception;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.places.Place;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a centre as it is sent, naming every field at fault, and turns a sound request into a
 * centre (an empty town takes the sub-district's name).
 */
@Component
class CentreValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    /** Codes that would hide the pages with the same address under /centres. */
    static final Set<String> RESERVED_CODES = Set.of("new", "import", "export");

    static final Pattern SUBDISTRICT = Pattern.compile("SY\\d{6}");
    static final int MAX_NAME = 200;
    static final int MAX_CAPACITY = 1_000_000;
    // A box around Syria: a centre outside it is almost always latitude and longitude swapped.
    static final double SOUTH = 32.0;
    static final double NORTH = 37.5;
    static final double WEST = 35.5;
    static final double EAST = 42.5;

    private final PlaceLookup places;

    CentreValidator(PlaceLookup places) {
        this.places = places;
    }

    List<FieldProblem> problemsOf(CentreRequest request, boolean checkCode) {
        List<FieldProblem> problems = new ArrayList<>();
        if (checkCode) {
            code(request.code(), problems);
        }
        name("nameEn", request.nameEn(), true, problems);
        name("nameAr", request.nameAr(), true, problems);
        name("townEn", request.townEn(), false, problems);
        name("townAr", request.townAr(), false, problems);
        pcode(request.pcode(), problems);
        coordinates(request.latitude(), request.longitude(), problems);
        capacity(request, problems);
        services(request.services(), problems);
        return problems;
    }

    /** The centre a sound request describes, with the version and author given. */
    Centre toCentre(String code, CentreRequest request, long version, java.time.Instant now, String actor) {
        Place subdistrict = places.area(request.pcode().trim()).orElse(null);
        String townEn = blank(request.townEn())
                ? nameOf(subdistrict, "en", request.pcode())
                : request.townEn().trim();
        String townAr = blank(request.townAr())
                ? nameOf(subdistrict, "ar", townEn)
                : request.townAr().trim();
        Set<OfferedService> services = new LinkedHashSet<>();
        for (String service : request.services()) {
            OfferedService.parse(service).ifPresent(services::add);
        }
        return new Centre(
                code,
                request.nameEn().trim(),
                request.nameAr().trim(),
                townEn,
                townAr,
                request.pcode().trim(),
                request.latitude(),
                request.longitude(),
                new Spaces(request.capacityPersons(), request.capacityFamilies(), request.accessibleUnits()),
                services.stream().sorted().toList(),
                request.open() == null || request.open(),
                version,
                now,
                actor);
    }

    private void code(String code, List<FieldProblem> problems) {
        if (blank(code)) {
            problems.add(
                    new FieldProblem("code", ReceptionProblemCode.CENTRE_CODE_MISSING, "The centre code is required"));
        } else if (!CODE.matcher(code.trim()).matches()) {
            problems.add(new FieldProblem(
                    "code",
                    ReceptionProblemCode.CENTRE_CODE_INVALID,
                    "Use 1 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit"));
        } else if (RESERVED_CODES.contains(code.trim().toLowerCase(java.util.Locale.ROOT))) {
            problems.add(new FieldProblem(
                    "code", ReceptionProblemCode.CENTRE_CODE_RESERVED, "This word cannot be a centre code"));
        }
    }

    private static void name(String field, String value, boolean required, List<FieldProblem> problems) {
        if (required && blank(value)) {
            problems.add(new FieldProblem(field, ReceptionProblemCode.CENTRE_NAME_MISSING, "The name is required"));
        } else if (value != null && value.trim().length() > MAX_NAME) {
            problems.add(new FieldProblem(
                    field, ReceptionProblemCode.CENTRE_NAME_TOO_LONG, "At most " + MAX_NAME + " characters"));
        }
    }

    private void pcode(String pcode, List<FieldProblem> problems) {
        if (blank(pcode)) {
            problems.add(new FieldProblem(
                    "pcode", ReceptionProblemCode.PCODE_MISSING, "The sub-district P-code is required"));
        } else if (!SUBDISTRICT.matcher(pcode.trim()).matches()) {
            problems.add(new FieldProblem(
                    "pcode",
                    ReceptionProblemCode.PCODE_NOT_SUBDISTRICT,
                    "Give the sub-district P-code: SY and six digits, e.g. SY020000"));
        } else if (!places.isKnownArea(pcode.trim())) {
            problems.add(
                    new FieldProblem("pcode", ReceptionProblemCode.PCODE_UNKNOWN, "No sub-district has this P-code"));
        }
    }

    private static void coordinates(Double latitude, Double longitude, List<FieldProblem> problems) {
        if (latitude == null || latitude.isNaN()) {
            problems.add(
                    new FieldProblem("latitude", ReceptionProblemCode.LATITUDE_MISSING, "The latitude is required"));
        } else if (latitude < SOUTH || latitude > NORTH) {
            problems.add(new FieldProblem(
                    "latitude",
                    ReceptionProblemCode.COORDINATES_OUTSIDE_SYRIA,
                    "Syria lies between latitudes " + SOUTH + " and " + NORTH
                            + "; are latitude and longitude swapped?"));
        }
        if (longitude == null || longitude.isNaN()) {
            problems.add(
                    new FieldProblem("longitude", ReceptionProblemCode.LONGITUDE_MISSING, "The longitude is required"));
        } else if (longitude < WEST || longitude > EAST) {
            problems.add(new FieldProblem(
                    "longitude",
                    ReceptionProblemCode.COORDINATES_OUTSIDE_SYRIA,
                    "Syria lies between longitudes " + WEST + " and " + EAST
                            + "; are latitude and longitude swapped?"));
        }
    }

    private static void capacity(CentreRequest request, List<FieldProblem> problems) {
        boolean persons = count("capacityPersons", request.capacityPersons(), problems);
        boolean families = count("capacityFamilies", request.capacityFamilies(), problems);
        boolean accessible = count("accessibleUnits", request.accessibleUnits(), problems);
        if (families && accessible && request.accessibleUnits() > request.capacityFamilies()) {
            problems.add(new FieldProblem(
                    "accessibleUnits",
                    ReceptionProblemCode.ACCESSIBLE_UNITS_EXCEED_FAMILY_UNITS,
                    "Accessible units are family units: there cannot be more of them than family units"));
        }
        if (persons && families && request.capacityFamilies() > request.capacityPersons()) {
            problems.add(new FieldProblem(
                    "capacityFamilies",
                    ReceptionProblemCode.FAMILY_UNITS_EXCEED_PERSONS,
                    "Each family unit holds at least one person: there cannot be more units than person places"));
        }
    }

    private static boolean count(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(
                    field, ReceptionProblemCode.CAPACITY_MISSING, "Required: a whole number, 0 or more"));
            return false;
        }
        if (value < 0 || value > MAX_CAPACITY) {
            problems.add(new FieldProblem(
                    field, ReceptionProblemCode.CAPACITY_OUT_OF_RANGE, "A whole number from 0 to " + MAX_CAPACITY));
            return false;
        }
        return true;
    }

    private static void services(List<String> services, List<FieldProblem> problems) {
        for (int i = 0; i < services.size(); i++) {
            if (OfferedService.parse(services.get(i)).isEmpty()) {
                problems.add(new FieldProblem(
                        "services[" + i + "]",
                        ReceptionProblemCode.SERVICE_UNKNOWN,
                        "Not a service code: use one of " + java.util.Arrays.toString(OfferedService.values())));
            }
        }
    }

    private static String nameOf(Place area, String language, String fallback) {
        return area == null ? fallback : area.name(language);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
