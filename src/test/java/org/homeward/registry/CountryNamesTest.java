package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.places.CountryOfAsylum;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    private static final List<CountryOfAsylum> KNOWN = List.of(
            new CountryOfAsylum("LBN", "LB", "Lebanon", "لبنان", false),
            new CountryOfAsylum("JOR", "JO", "Jordan", "الأردن", false),
            new CountryOfAsylum("MLT", "MT", "Malta", "مالطا", true),
            new CountryOfAsylum("MYS", "MY", "Malaysia", "ماليزيا", false),
            new CountryOfAsylum("TUR", "TR", "Türkiye", "تركيا", false));

    /** The countries above, and one P-coded place, as the reference data would know them. */
    static final PlaceLookup PLACES = new PlaceLookup() {
        @Override
        public boolean isKnownArea(String pcode) {
            return "SY080005".equals(pcode);
        }

        @Override
        public boolean isKnownCountry(String iso3) {
            return KNOWN.stream().anyMatch(country -> country.iso3().equals(iso3));
        }

        @Override
        public boolean isKnownCrossing(String code) {
            return false;
        }

        @Override
        public Optional<String> displayName(String code, String language) {
            return KNOWN.stream()
                    .filter(country -> country.iso3().equals(code))
                    .findFirst()
                    .map(country -> country.name(language));
        }

        @Override
        public List<CountryOfAsylum> countries() {
            return KNOWN;
        }
    };

    private final CountryNames countries = new CountryNames(PLACES);

    @Test
    void readsCodesAndNamesInEitherScriptHoweverTheHamzaAndAccentsAreWritten() {
        assertThat(countries.read(" lbn ").code()).isEqualTo("LBN");
        assertThat(countries.read("Lebanon").code()).isEqualTo("LBN");
        assertThat(countries.read("لبنان").code()).isEqualTo("LBN");
        assertThat(countries.read("الاردن").code()).isEqualTo("JOR");
        assertThat(countries.read("Turkiye").code()).isEqualTo("TUR");
        assertThat(countries.read("MT").code()).isEqualTo("MLT");
    }

    @Test
    void knowsSyriaThoughNoRefugeeSeeksAsylumThere() {
        assertThat(countries.isKnown("syr")).isTrue();
        assertThat(countries.read("سورية").code()).isEqualTo("SYR");
        assertThat(countries.read("Syrian Arab Republic").code()).isEqualTo("SYR");
        assertThat(countries.name("SYR", "ar")).isEqualTo("سوريا");
        assertThat(countries.all().get(0).iso3()).isEqualTo("SYR");
    }

    @Test
    void offersTheCountriesAPartOfANameMayMeanAndGuessesNothing() {
        CountryNames.Reading partial = countries.read("Mal");
        assertThat(partial.resolved()).isFalse();
        assertThat(partial.ambiguous()).isTrue();
        assertThat(partial.candidates()).extracting(CountryOfAsylum::iso3).containsExactlyInAnyOrder("MLT", "MYS");
        assertThat(countries.read("Ma").ambiguous())
                .as("too short to offer anything")
                .isFalse();
        CountryNames.Reading unknown = countries.read("Narnia");
        assertThat(unknown.resolved()).isFalse();
        assertThat(unknown.ambiguous()).isFalse();
    }

    @Test
    void acceptsAPlaceInSyriaOrACountryWithItsTownAndRefusesMixtures() {
        List<ValidationProblem> problems = new ArrayList<>();
        BirthAndNationality inSyria =
                BirthAndNationality.check(born("SYR", null, "sy080005", null), "m.", PLACES, countries, problems);
        assertThat(problems).isEmpty();
        assertThat(inSyria).isEqualTo(new BirthAndNationality("SYR", "SYR", "SY080005", null));

        BirthAndNationality abroad =
                BirthAndNationality.check(born(null, "lbn", null, "  Tripoli  "), "m.", PLACES, countries, problems);
        assertThat(problems).isEmpty();
        assertThat(abroad).isEqualTo(new BirthAndNationality(null, "LBN", null, "Tripoli"));

        BirthAndNationality.check(born("XXA", "LBN", "SY080005", null), "m.", PLACES, countries, problems);
        BirthAndNationality.check(born(null, "SYR", null, "Homs"), "m.", PLACES, countries, problems);
        BirthAndNationality.check(born(null, null, "SY999999", "x".repeat(101)), "m.", PLACES, countries, problems);
        assertThat(problems)
                .extracting(problem -> problem.code().name())
                .containsExactly(
                        "NATIONALITY_UNKNOWN",
                        "BIRTH_PLACE_OUTSIDE_SYRIA",
                        "BIRTH_TOWN_WITHOUT_COUNTRY",
                        "BIRTH_PLACE_UNKNOWN",
                        "BIRTH_TOWN_INVALID");
        assertThat(problems)
                .extracting(ValidationProblem::field)
                .containsExactly("m.nationality", "m.birthPlace", "m.birthTown", "m.birthPlace", "m.birthTown");
    }

    private static IndividualDetails born(String nationality, String country, String place, String town) {
        return new IndividualDetails(
                "PRINCIPAL",
                null,
                "Nizar",
                null,
                null,
                null,
                null,
                null,
                null,
                "M",
                "1977",
                null,
                null,
                null,
                null,
                List.of(),
                nationality,
                country,
                place,
                town);
    }
}
