package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.demo.GeneratedPopulation.Row;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.HouseholdValidator;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.registry.ValidationProblem;
import org.junit.jupiter.api.Test;

/** Every generated registration, first or repeated, passes the registry's own validation. */
class RegistryValidationTest {

    /** Knows exactly the sub-districts, countries and crossings the demo may use. */
    private static final class DemoPlaces implements PlaceLookup {
        private final Set<String> subdistricts = SubdistrictPopulation.load().all().stream()
                .map(PopulatedSubdistrict::pcode)
                .collect(Collectors.toSet());
        private final Set<String> countries = UnhcrReturnFigures.load().stream()
                .map(ReturnFigure::countryOfAsylum)
                .filter(country -> !country.equals("SYR"))
                .collect(Collectors.toSet());
        private final Set<String> crossings = Set.of(
                "MASNAA",
                "JOUSIEH",
                "DABOUSIEH",
                "ARIDA",
                "NASIB",
                "BAB_AL_HAWA",
                "BAB_AL_SALAM",
                "KASAB",
                "JARABLUS",
                "TAL_ABYAD",
                "NUSAYBIN",
                "AL_QAIM",
                "SEMALKA",
                "RABIA",
                "DAMASCUS_AIRPORT",
                "ALEPPO_AIRPORT",
                "LATAKIA_AIRPORT");

        @Override
        public boolean isKnownArea(String pcode) {
            return subdistricts.contains(pcode);
        }

        @Override
        public boolean isKnownCountry(String iso3) {
            return countries.contains(iso3) || "SYR".equals(iso3);
        }

        @Override
        public boolean isKnownCrossing(String code) {
            return crossings.contains(code);
        }

        @Override
        public Optional<String> displayName(String code, String language) {
            return Optional.empty();
        }
    }

    @Test
    void everyRegistrationPassesTheRegistryValidator() {
        GeneratedPopulation population = GeneratedPopulation.small();
        HouseholdValidator validator = new HouseholdValidator(
                new DemoPlaces(),
                Clock.fixed(population.settings.today().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        List<String> problems = new ArrayList<>();
        for (List<Row> household : population.households()) {
            for (ValidationProblem problem : validator.problemsOf(request(household))) {
                problems.add(household.get(0).get("household_key") + " " + problem);
            }
        }
        assertThat(population.households()).hasSizeGreaterThan(4_000);
        assertThat(problems).isEmpty();
    }

    private static RegisterHouseholdRequest request(List<Row> household) {
        Row first = household.get(0);
        JourneyDetails journey = new JourneyDetails(
                first.get("return_type"),
                blankToNull(first.get("origin_country")),
                blankToNull(first.get("origin_location")),
                blankToNull(first.get("crossing_point")),
                first.get("destination_pcode"),
                blankToNull(first.get("planned_date")),
                first.get("journey_status"));
        List<IndividualDetails> members = household.stream()
                .map(row -> new IndividualDetails(
                        row.get("relationship"),
                        blankToNull(row.get("given_name_ar")),
                        blankToNull(row.get("given_name_latin")),
                        blankToNull(row.get("father_name_ar")),
                        blankToNull(row.get("father_name_latin")),
                        blankToNull(row.get("grandfather_name_ar")),
                        blankToNull(row.get("grandfather_name_latin")),
                        blankToNull(row.get("family_name_ar")),
                        blankToNull(row.get("family_name_latin")),
                        row.get("sex"),
                        row.get("date_of_birth"),
                        blankToNull(row.get("phone")),
                        blankToNull(row.get("document_type")),
                        blankToNull(row.get("document_number")),
                        blankToNull(row.get("place_of_origin")),
                        Arrays.stream(row.get("specific_needs").split(";"))
                                .filter(code -> !code.isEmpty())
                                .toList()))
                .toList();
        return new RegisterHouseholdRequest(first.get("registration_site"), journey, members);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
