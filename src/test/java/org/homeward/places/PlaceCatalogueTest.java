package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceCatalogueTest {

    private static final PlaceReferenceData DATA = PlaceReferenceFiles.read();
    private static final PlaceCatalogue CATALOGUE = DATA.toCatalogue();

    @Test
    void knowsEveryShippedPcodeAndNothingElse() {
        assertThat(DATA.areas())
                .allSatisfy(place ->
                        assertThat(CATALOGUE.isKnownArea(place.pcode())).isTrue());
        assertThat(CATALOGUE.isKnownArea("sy0202")).isTrue();
        assertThat(CATALOGUE.isKnownArea("SY9999")).isFalse();
        assertThat(CATALOGUE.isKnownArea("SY02020")).isFalse();
        assertThat(CATALOGUE.isKnownArea("")).isFalse();
        assertThat(CATALOGUE.isKnownArea(null)).isFalse();
    }

    @Test
    void knowsNoCommunityWhileNoTableOfCommunitiesIsLoaded() {
        assertThat(CATALOGUE.isKnownArea("C1001")).isFalse();
    }

    @Test
    void knowsACommunityOnceTheDatabaseHoldsIt() {
        Place community =
                new Place("C1001", PlaceLevel.COMMUNITY, "SY020200", "Qabasin", "قباسين", null, null, null, null, null);
        PlaceCatalogue withCommunity = new PlaceCatalogue(
                java.util.stream.Stream.concat(DATA.areas().stream(), java.util.stream.Stream.of(community))
                        .toList(),
                Set.of(),
                DATA.aliases(),
                DATA.countries(),
                DATA.crossings());
        assertThat(withCommunity.isKnownArea("C1001")).isTrue();
        assertThat(withCommunity.ancestors("C1001"))
                .extracting(Place::pcode)
                .containsExactly("SY02", "SY0202", "SY020200");
    }

    @Test
    void knowsCountriesAndCrossingsByCode() {
        assertThat(CATALOGUE.isKnownCountry("LBN")).isTrue();
        assertThat(CATALOGUE.isKnownCountry("deu")).isTrue();
        assertThat(CATALOGUE.isKnownCountry("XXX")).isFalse();
        assertThat(CATALOGUE.isKnownCrossing("MASNAA")).isTrue();
        assertThat(CATALOGUE.isKnownCrossing("bab_al_hawa")).isTrue();
        assertThat(CATALOGUE.isKnownCrossing("NOWHERE")).isFalse();
    }

    @Test
    void namesAreasCountriesAndCrossingsInEnglishAndArabic() {
        assertThat(CATALOGUE.displayName("SY02", "en")).contains("Aleppo");
        assertThat(CATALOGUE.displayName("SY02", "ar")).contains("حلب");
        assertThat(CATALOGUE.displayName("LBN", "en")).contains("Lebanon");
        assertThat(CATALOGUE.displayName("LBN", "ar")).contains("لبنان");
        assertThat(CATALOGUE.displayName("NASIB", "en"))
                .hasValueSatisfying(name -> assertThat(name).contains("Nasib"));
        assertThat(CATALOGUE.displayName("NASIB", "ar"))
                .hasValueSatisfying(name -> assertThat(name).contains("نصيب"));
        assertThat(CATALOGUE.displayName("SY9999", "en")).isEmpty();
    }

    @Test
    void stillNamesAUnitTheDataNoLongerListsButNoLongerAcceptsIt() {
        PlaceCatalogue retiring = new PlaceCatalogue(
                DATA.areas(), Set.of("SY020206"), DATA.aliases(), DATA.countries(), DATA.crossings());
        assertThat(retiring.isKnownArea("SY020206")).isFalse();
        assertThat(retiring.displayName("SY020206", "en")).isPresent();
        assertThat(retiring.children("SY0202"))
                .extracting(Place::pcode)
                .doesNotContain("SY020206")
                .contains("SY020200");
        assertThat(retiring.areas(PlaceLevel.SUBDISTRICT, null))
                .extracting(Place::pcode)
                .doesNotContain("SY020206");
    }

    @Test
    void listsUnitsByLevelAndParent() {
        assertThat(CATALOGUE.areas(PlaceLevel.DISTRICT, "SY02"))
                .isNotEmpty()
                .allSatisfy(place -> assertThat(place.parentPcode()).isEqualTo("SY02"));
        assertThat(CATALOGUE.areas(PlaceLevel.SUBDISTRICT, "SY02"))
                .isNotEmpty()
                .allSatisfy(place -> assertThat(place.pcode()).startsWith("SY02"));
        assertThat(CATALOGUE.areas(null, "SY0202")).extracting(Place::pcode).doesNotContain("SY0202");
        assertThat(CATALOGUE.ancestors("SY020200")).extracting(Place::pcode).containsExactly("SY02", "SY0202");
    }
}
