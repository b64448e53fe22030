package org.homeward.registry;

import java.util.List;
import java.util.Locale;
import org.homeward.places.PlaceLookup;

/**
 * A person's nationality and place of birth as checked: codes the reference data knows, a place of
 * birth inside Syria by P-code (its country then SYR) or a country outside Syria with, if known, the
 * town as written. Every field is optional.
 */
record BirthAndNationality(String nationality, String birthCountry, String birthPlace, String birthTown) {

    static final BirthAndNationality UNKNOWN = new BirthAndNationality(null, null, null, null);

    /** Checks the individual's four fields, adding each problem under the field prefix ("members[0]."). */
    static BirthAndNationality check(
            IndividualDetails details,
            String prefix,
            PlaceLookup places,
            CountryNames countries,
            List<ValidationProblem> problems) {
        String nationality = code(details.nationality());
        if (nationality != null && !countries.isKnown(nationality)) {
            problems.add(new ValidationProblem(
                    prefix + "nationality",
                    RegistryProblemCode.NATIONALITY_UNKNOWN,
                    "Not a known country (ISO 3166-1 alpha-3, e.g. SYR): " + shorten(nationality)));
            nationality = null;
        }
        String country = code(details.birthCountry());
        if (country != null && !countries.isKnown(country)) {
            problems.add(new ValidationProblem(
                    prefix + "birthCountry",
                    RegistryProblemCode.BIRTH_COUNTRY_UNKNOWN,
                    "Not a known country (ISO 3166-1 alpha-3, e.g. LBN): " + shorten(country)));
            country = null;
        }
        String place = code(details.birthPlace());
        if (place != null && !places.isKnownArea(place)) {
            problems.add(new ValidationProblem(
                    prefix + "birthPlace",
                    RegistryProblemCode.BIRTH_PLACE_UNKNOWN,
                    "Not a known place in Syria (a P-code, e.g. C1001): " + shorten(place)));
            place = null;
        } else if (place != null && country != null && !CountryNames.SYRIA.equals(country)) {
            problems.add(new ValidationProblem(
                    prefix + "birthPlace",
                    RegistryProblemCode.BIRTH_PLACE_OUTSIDE_SYRIA,
                    "A place of birth by P-code lies in Syria, not in " + country + ": give one or the other"));
        }
        if (place != null && country == null) {
            country = CountryNames.SYRIA;
        }
        String town = town(details.birthTown(), prefix, problems);
        if (town != null && (country == null || CountryNames.SYRIA.equals(country))) {
            problems.add(new ValidationProblem(
                    prefix + "birthTown",
                    RegistryProblemCode.BIRTH_TOWN_WITHOUT_COUNTRY,
                    "A town of birth is written only beside a country outside Syria; inside Syria give the place"));
        }
        return new BirthAndNationality(nationality, country, place, town);
    }

    private static String town(String value, String prefix, List<ValidationProblem> problems) {
        if (HouseholdValidator.blank(value)) {
            return null;
        }
        String town = value.strip().replaceAll("\\s+", " ");
        if (town.length() > HouseholdValidator.MAX_TEXT
                || town.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>')) {
            problems.add(new ValidationProblem(
                    prefix + "birthTown",
                    RegistryProblemCode.BIRTH_TOWN_INVALID,
                    "A town has at most " + HouseholdValidator.MAX_TEXT
                            + " characters, without control characters or angle brackets"));
            return null;
        }
        return town;
    }

    private static String code(String value) {
        return HouseholdValidator.blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
