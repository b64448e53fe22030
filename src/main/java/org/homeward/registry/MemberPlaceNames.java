package org.homeward.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.places.CountryOfAsylum;
import org.homeward.places.PlaceCandidate;
import org.homeward.places.PlaceLookup;
import org.homeward.places.PlaceNameResolver;
import org.homeward.places.PlaceResolution;
import org.homeward.problems.CommonProblemCode;
import org.springframework.stereotype.Component;

/**
 * A member's nationality and place of birth typed in words, read into codes the way imports read
 * place names: "Lebanon" or "لبنان" becomes LBN, "Homs" the P-code of the one place so named. A name
 * several places or countries share is not guessed: it comes back with them to choose from, and
 * one nothing has with a clear message; in both cases the field is left empty for the validator.
 */
@Component
class MemberPlaceNames {

    private final PlaceLookup places;
    private final PlaceNameResolver resolver;
    private final CountryNames countries;

    MemberPlaceNames(PlaceLookup places, PlaceNameResolver resolver, CountryNames countries) {
        this.places = places;
        this.resolver = resolver;
        this.countries = countries;
    }

    /**
     * The member with its fields read, the problems by field (under the prefix, e.g. "members[1].")
     * and the choices for each ambiguous field.
     */
    record Outcome(
            IndividualDetails member,
            List<ValidationProblem> problems,
            Map<String, List<PlaceCandidate>> placeChoices,
            Map<String, List<CountryOfAsylum>> countryChoices) {}

    Outcome resolve(IndividualDetails member, String prefix) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, List<PlaceCandidate>> placeChoices = new LinkedHashMap<>();
        Map<String, List<CountryOfAsylum>> countryChoices = new LinkedHashMap<>();
        String nationality = country(prefix + "nationality", member.nationality(), problems, countryChoices);
        String birthCountry = country(prefix + "birthCountry", member.birthCountry(), problems, countryChoices);
        String birthPlace = area(prefix + "birthPlace", member.birthPlace(), problems, placeChoices);
        return new Outcome(
                member.withBirthAndNationality(nationality, birthCountry, birthPlace, member.birthTown()),
                problems,
                placeChoices,
                countryChoices);
    }

    private String country(
            String field, String typed, List<ValidationProblem> problems, Map<String, List<CountryOfAsylum>> choices) {
        CountryNames.Reading reading = countries.read(typed);
        if (HouseholdValidator.blank(typed) || reading.resolved()) {
            return reading.code();
        }
        if (reading.ambiguous()) {
            problems.add(new ValidationProblem(
                    field,
                    RegistryProblemCode.COUNTRY_AMBIGUOUS,
                    "'" + shorten(typed) + "' may be "
                            + reading.candidates().stream()
                                    .map(country -> country.nameEn() + " (" + country.iso3() + ")")
                                    .collect(Collectors.joining(", "))
                            + ": choose one"));
            choices.put(field, reading.candidates());
        } else {
            problems.add(new ValidationProblem(
                    field,
                    CommonProblemCode.COUNTRY_UNKNOWN,
                    "No country is called '" + shorten(typed) + "': write its name or ISO 3166-1 alpha-3 code"));
        }
        return null;
    }

    private String area(
            String field, String typed, List<ValidationProblem> problems, Map<String, List<PlaceCandidate>> choices) {
        if (HouseholdValidator.blank(typed) || places.isKnownArea(typed.strip().toUpperCase(Locale.ROOT))) {
            return typed;
        }
        PlaceResolution resolution = resolver.resolve(typed.strip());
        switch (resolution.status()) {
            case RESOLVED -> {
                return resolution.pcode().orElse(null);
            }
            case AMBIGUOUS -> {
                problems.add(new ValidationProblem(field, CommonProblemCode.PLACE_AMBIGUOUS, resolution.message()));
                choices.put(field, resolution.candidates());
            }
            case UNKNOWN ->
                problems.add(new ValidationProblem(field, CommonProblemCode.PLACE_UNKNOWN, resolution.message()));
        }
        return null;
    }

    private static String shorten(String value) {
        String trimmed = value.strip();
        return trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "…";
    }
}
