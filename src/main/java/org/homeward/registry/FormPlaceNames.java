package org.homeward.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.homeward.places.CountryOfAsylum;
import org.homeward.places.PlaceCandidate;
import org.homeward.places.PlaceLookup;
import org.homeward.places.PlaceNameResolver;
import org.homeward.places.PlaceResolution;
import org.homeward.problems.CommonProblemCode;
import org.springframework.stereotype.Component;

/**
 * The registration form's place fields read as imports read them: a country, crossing, town or
 * area typed by name (English or Arabic) becomes its code; a name several places share comes back
 * with those places to choose from, and one no place has with a clear message. Codes pass as typed.
 */
@Component
class FormPlaceNames {

    private final PlaceLookup places;
    private final PlaceNameResolver resolver;
    private final MemberPlaceNames memberPlaces;

    FormPlaceNames(PlaceLookup places, PlaceNameResolver resolver, MemberPlaceNames memberPlaces) {
        this.places = places;
        this.resolver = resolver;
        this.memberPlaces = memberPlaces;
    }

    /**
     * The problems of the names that could not be read, and the places (or countries) to choose from
     * for each ambiguous one.
     */
    record Outcome(
            List<ValidationProblem> problems,
            Map<String, List<PlaceCandidate>> choices,
            Map<String, List<CountryOfAsylum>> countryChoices) {}

    /** Writes into the form the code of each place typed by name; answers what could not be resolved. */
    Outcome resolve(HouseholdForm form) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, List<PlaceCandidate>> choices = new LinkedHashMap<>();
        country(form.getOriginCountry()).ifPresent(form::setOriginCountry);
        crossing(form.getCrossingPoint()).ifPresent(form::setCrossingPoint);
        area("journey.originLocation", form.getOriginLocation(), form::setOriginLocation, problems, choices);
        area("journey.destinationPcode", form.getDestinationPcode(), form::setDestinationPcode, problems, choices);
        Map<String, List<CountryOfAsylum>> countryChoices = new LinkedHashMap<>();
        for (int i = 0; i < form.getMembers().size(); i++) {
            HouseholdForm.MemberForm member = form.getMembers().get(i);
            MemberPlaceNames.Outcome read = memberPlaces.resolve(member.toDetails(), "members[" + i + "].");
            if (read.problems().isEmpty()) {
                member.readBirthAndNationality(read.member());
            }
            problems.addAll(read.problems());
            choices.putAll(read.placeChoices());
            countryChoices.putAll(read.countryChoices());
        }
        return new Outcome(problems, choices, countryChoices);
    }

    private void area(
            String field,
            String typed,
            Consumer<String> code,
            List<ValidationProblem> problems,
            Map<String, List<PlaceCandidate>> choices) {
        if (typed == null || typed.isBlank() || places.isKnownArea(typed.strip().toUpperCase(Locale.ROOT))) {
            return;
        }
        PlaceResolution resolution = resolver.resolve(typed.strip());
        switch (resolution.status()) {
            case RESOLVED -> code.accept(resolution.pcode().orElse(typed));
            case AMBIGUOUS -> {
                problems.add(new ValidationProblem(field, CommonProblemCode.PLACE_AMBIGUOUS, resolution.message()));
                choices.put(field, resolution.candidates());
            }
            case UNKNOWN ->
                problems.add(new ValidationProblem(field, CommonProblemCode.PLACE_UNKNOWN, resolution.message()));
        }
    }

    /** The ISO code of the one country of asylum with this name, code or Arabic name. */
    private java.util.Optional<String> country(String typed) {
        if (typed == null
                || typed.isBlank()
                || places.isKnownCountry(typed.strip().toUpperCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        List<String> named = places.countries().stream()
                .filter(country -> Stream.of(country.nameEn(), country.nameAr(), country.iso2())
                        .anyMatch(name -> same(name, typed)))
                .map(country -> country.iso3())
                .distinct()
                .toList();
        return named.size() == 1 ? java.util.Optional.of(named.get(0)) : java.util.Optional.empty();
    }

    /** The code of the one crossing with this name, or with this as one of the names it is written with ("A / B"). */
    private java.util.Optional<String> crossing(String typed) {
        if (typed == null
                || typed.isBlank()
                || places.isKnownCrossing(typed.strip().toUpperCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        List<String> named = places.crossings().stream()
                .filter(crossing -> Stream.of(crossing.nameEn(), crossing.nameAr())
                        .flatMap(name -> Stream.concat(
                                Stream.of(name), name == null ? Stream.empty() : Stream.of(name.split("/"))))
                        .anyMatch(name -> same(name, typed)))
                .map(crossing -> crossing.code())
                .distinct()
                .toList();
        return named.size() == 1 ? java.util.Optional.of(named.get(0)) : java.util.Optional.empty();
    }

    private static boolean same(String name, String typed) {
        return name != null && name.strip().equalsIgnoreCase(typed.strip());
    }
}
