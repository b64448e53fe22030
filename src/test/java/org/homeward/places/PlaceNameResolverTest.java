package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.places.PlaceResolution.Reason;
import org.homeward.places.PlaceResolution.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaceNameResolverTest {

    private static final PlaceReferenceData DATA = PlaceReferenceFiles.read();
    private static final PlaceCatalogue CATALOGUE = DATA.toCatalogue();
    private static final PlaceNameResolver RESOLVER = new PlaceNameResolver(CATALOGUE);

    @Test
    void resolvesEveryShippedPcodeToItself() {
        assertThat(DATA.areas()).isNotEmpty().allSatisfy(place -> {
            PlaceResolution resolution = RESOLVER.resolve(place.pcode());
            assertThat(resolution.status()).isEqualTo(Status.RESOLVED);
            assertThat(resolution.pcode()).contains(place.pcode());
            assertThat(resolution.candidates().get(0).match()).isEqualTo(PlaceMatch.PCODE);
        });
    }

    @Test
    void resolvesAPcodeWrittenInLowerCaseOrWithSpaces() {
        assertThat(RESOLVER.resolve(" sy020200 ").pcode()).contains("SY020200");
    }

    static Stream<Arguments> spellingVariants() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
                PlaceNameResolverTest.class.getResourceAsStream("/places/spelling-variants.csv"),
                StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                rows.add(Arguments.of(
                        row.get("text"),
                        blankToNull(row.get("level")),
                        blankToNull(row.get("parent")),
                        row.get("pcode")));
            }
        }
        assertThat(rows).as("spelling variants in the table").hasSizeGreaterThanOrEqualTo(60);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} (level {1}, in {2}) → {3}")
    @MethodSource("spellingVariants")
    void resolvesSpellingVariantsToTheUnitMeant(String text, String level, String parent, String pcode) {
        PlaceResolution resolution = RESOLVER.resolve(text, level == null ? null : PlaceLevel.valueOf(level), parent);
        assertThat(resolution.pcode())
                .as("%s: %s", resolution.status(), resolution.message())
                .contains(pcode);
    }

    @Test
    void reportsANameSharedByADistrictAndItsCentralSubdistrictAsAmbiguousByLevel() {
        PlaceResolution resolution = RESOLVER.resolve("Al-Bab");
        assertThat(resolution.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(resolution.reason()).isEqualTo(Reason.SAME_NAME_AT_SEVERAL_LEVELS);
        assertThat(resolution.candidates()).extracting(PlaceCandidate::pcode).containsExactly("SY0202", "SY020200");
        assertThat(resolution.message()).contains("SY0202", "SY020200", "level");
        assertThat(RESOLVER.resolveUniquely("Al-Bab")).isEmpty();
    }

    @Test
    void letsTheLevelHintSettleADistrictAndItsCentralSubdistrict() {
        assertThat(RESOLVER.resolve("Al-Bab", PlaceLevel.DISTRICT, null).pcode())
                .contains("SY0202");
        assertThat(RESOLVER.resolve("Al-Bab", PlaceLevel.SUBDISTRICT, "Aleppo").pcode())
                .contains("SY020200");
        assertThat(RESOLVER.resolveUniquely("الباب", PlaceLevel.SUBDISTRICT)).contains("SY020200");
        assertThat(RESOLVER.resolve("منطقة الباب").pcode()).contains("SY0202");
    }

    @Test
    void settlesEveryDistrictSharingItsNameWithItsCentralSubdistrictByLevel() {
        List<Place[]> pairs = new ArrayList<>();
        for (Place district : CATALOGUE.areas(PlaceLevel.DISTRICT, null)) {
            CATALOGUE
                    .area(district.pcode() + "00")
                    .filter(centre -> PlaceNames.keys(centre.nameEn())
                            .get(0)
                            .loose()
                            .equals(PlaceNames.keys(district.nameEn()).get(0).loose()))
                    .ifPresent(centre -> pairs.add(new Place[] {district, centre}));
        }
        assertThat(pairs).as("districts named like their central sub-district").hasSizeGreaterThan(10);
        assertThat(pairs).allSatisfy(pair -> {
            String name = pair[0].nameEn();
            assertThat(RESOLVER.resolve(name).status()).as(name).isEqualTo(Status.AMBIGUOUS);
            assertThat(RESOLVER.resolve(name).candidates())
                    .extracting(PlaceCandidate::pcode)
                    .contains(pair[0].pcode(), pair[1].pcode());
            assertThat(RESOLVER.resolve(name, PlaceLevel.DISTRICT, null).pcode())
                    .as(name)
                    .contains(pair[0].pcode());
            assertThat(RESOLVER.resolve(name, PlaceLevel.SUBDISTRICT, null).pcode())
                    .as(name)
                    .contains(pair[1].pcode());
        });
    }

    @Test
    void reportsANameOfSubdistrictsInTwoGovernoratesAsDifferentPlaces() {
        for (String name : List.of("Suran", "صوران", "Sawran")) {
            PlaceResolution resolution = RESOLVER.resolve(name);
            assertThat(resolution.status()).as(name).isEqualTo(Status.AMBIGUOUS);
            assertThat(resolution.reason()).isEqualTo(Reason.SAME_NAME_FOR_DIFFERENT_PLACES);
            assertThat(resolution.candidates())
                    .extracting(PlaceCandidate::pcode)
                    .containsExactlyInAnyOrder("SY020405", "SY050101");
            assertThat(resolution.message()).contains("SY020405", "SY050101", "Aleppo", "Hama");
        }
    }

    @Test
    void letsTheParentHintSettleANameSharedAcrossGovernorates() {
        assertThat(RESOLVER.resolve("Suran", null, "Hama").pcode()).contains("SY050101");
        assertThat(RESOLVER.resolve("Suran", null, "SY0204").pcode()).contains("SY020405");
        assertThat(RESOLVER.resolve("صوران، حلب").pcode()).contains("SY020405");
        assertThat(RESOLVER.resolveUniquely("Suran, Hama Governorate")).contains("SY050101");
    }

    @Test
    void rejectsAnUnknownNameWithAMessageNamingIt() {
        PlaceResolution resolution = RESOLVER.resolve("Atlantis");
        assertThat(resolution.status()).isEqualTo(Status.UNKNOWN);
        assertThat(resolution.reason()).isEqualTo(Reason.UNKNOWN_NAME);
        assertThat(resolution.candidates()).isEmpty();
        assertThat(resolution.message()).contains("Atlantis");
        assertThat(RESOLVER.resolveUniquely("Atlantis")).isEmpty();
    }

    @Test
    void rejectsAnUnknownPcodeWithAMessageNamingIt() {
        PlaceResolution resolution = RESOLVER.resolve("SY9999");
        assertThat(resolution.status()).isEqualTo(Status.UNKNOWN);
        assertThat(resolution.reason()).isEqualTo(Reason.UNKNOWN_PCODE);
        assertThat(resolution.message()).contains("SY9999");
    }

    @Test
    void rejectsCommunityCodesWhileNoCommunitiesAreLoaded() {
        assertThat(RESOLVER.resolve("C1001").reason()).isEqualTo(Reason.UNKNOWN_PCODE);
    }

    @Test
    void saysWhenPlacesOfTheNameExistButNotWhereAsked() {
        PlaceResolution byName = RESOLVER.resolve("Aleppo", PlaceLevel.SUBDISTRICT, null);
        assertThat(byName.status()).isEqualTo(Status.UNKNOWN);
        assertThat(byName.reason()).isEqualTo(Reason.NOT_MATCHING_HINTS);
        PlaceResolution byCode = RESOLVER.resolve("SY02", PlaceLevel.SUBDISTRICT, null);
        assertThat(byCode.reason()).isEqualTo(Reason.NOT_MATCHING_HINTS);
        assertThat(byCode.message()).contains("governorate", "sub-district");
        assertThat(RESOLVER.resolve("Suran", null, "Narnia").reason()).isEqualTo(Reason.UNKNOWN_PARENT);
    }

    @Test
    void answersEmptyOrOverlongTextWithoutFailing() {
        assertThat(RESOLVER.resolve(null).reason()).isEqualTo(Reason.EMPTY_QUERY);
        assertThat(RESOLVER.resolve("   ").reason()).isEqualTo(Reason.EMPTY_QUERY);
        assertThat(RESOLVER.resolve("ناحية").reason()).isEqualTo(Reason.EMPTY_QUERY);
        assertThat(RESOLVER.resolve("x".repeat(5000)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void resolvesASlipOfSpellingWithLowerConfidence() {
        PlaceResolution slip = RESOLVER.resolve("Jaeamana");
        assertThat(slip.pcode()).contains("SY030103");
        assertThat(slip.candidates().get(0).match()).isEqualTo(PlaceMatch.APPROXIMATE);
        assertThat(slip.candidates().get(0).confidence())
                .isLessThan(RESOLVER.resolve("Jaramana").candidates().get(0).confidence());
    }

    @Test
    void saysWhereEachCandidateLies() {
        PlaceCandidate candidate = RESOLVER.resolve("Suran, Hama").candidates().get(0);
        assertThat(candidate.withinEn()).isEqualTo("Hama, Hama");
        assertThat(candidate.withinAr()).isEqualTo("حماة، حماة");
    }

    @Test
    void suggestsPlacesWhoseNamesBeginLikeTheTextLargestFirst() {
        assertThat(RESOLVER.suggest("حل", 5)).extracting(PlaceSuggestion::pcode).startsWith("SY02");
        assertThat(RESOLVER.suggest("Deir", 10))
                .extracting(PlaceSuggestion::pcode)
                .startsWith("SY09", "SY0901", "SY090100")
                .contains("SY030601");
        assertThat(RESOLVER.suggest("shughur", 10))
                .extracting(PlaceSuggestion::pcode)
                .contains("SY0704", "SY070400");
        assertThat(RESOLVER.suggest("SY0202", 10))
                .extracting(PlaceSuggestion::pcode)
                .allMatch(pcode -> pcode.startsWith("SY0202"))
                .contains("SY0202", "SY020200");
        assertThat(RESOLVER.suggest("Hama", 3)).hasSize(3);
    }

    @Test
    void suggestsNothingForTooLittleText() {
        assertThat(RESOLVER.suggest("a", 10)).isEmpty();
        assertThat(RESOLVER.suggest("", 10)).isEmpty();
        assertThat(RESOLVER.suggest(null, 10)).isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
