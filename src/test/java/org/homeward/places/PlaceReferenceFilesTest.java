package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlaceReferenceFilesTest {

    private static final PlaceReferenceData DATA = PlaceReferenceFiles.read();
    private static final Map<String, Place> BY_PCODE =
            DATA.areas().stream().collect(Collectors.toMap(Place::pcode, Function.identity()));

    private static long count(PlaceLevel level) {
        return DATA.areas().stream().filter(place -> place.level() == level).count();
    }

    @Test
    void shipsFourteenGovernoratesSixtyTwoDistrictsAndTwoHundredSeventyTwoSubdistricts() {
        assertThat(count(PlaceLevel.GOVERNORATE)).isEqualTo(14);
        assertThat(count(PlaceLevel.DISTRICT)).isEqualTo(62);
        assertThat(count(PlaceLevel.SUBDISTRICT)).isEqualTo(272);
        assertThat(count(PlaceLevel.COMMUNITY)).isZero();
    }

    @Test
    void linksEveryUnitToTheUnitAboveWhosePcodeBeginsItsOwn() {
        assertThat(DATA.areas()).allSatisfy(place -> {
            assertThat(place.nameEn()).isNotBlank();
            assertThat(PlaceNames.isArabic(place.nameAr())).as(place.pcode()).isTrue();
            if (place.level() == PlaceLevel.GOVERNORATE) {
                assertThat(place.pcode()).matches("SY\\d{2}");
                assertThat(place.parentPcode()).isNull();
            } else {
                Place parent = BY_PCODE.get(place.parentPcode());
                assertThat(parent).as(place.pcode()).isNotNull();
                assertThat(parent.level().ordinal()).isEqualTo(place.level().ordinal() - 1);
                assertThat(place.pcode())
                        .startsWith(parent.pcode())
                        .hasSize(parent.pcode().length() + 2);
            }
        });
    }

    @Test
    void givesEveryGovernorateDistrictsAndEveryDistrictSubdistricts() {
        PlaceCatalogue catalogue = DATA.toCatalogue();
        assertThat(catalogue.areas(PlaceLevel.GOVERNORATE, null))
                .allSatisfy(governorate ->
                        assertThat(catalogue.children(governorate.pcode())).isNotEmpty());
        assertThat(catalogue.areas(PlaceLevel.DISTRICT, null))
                .allSatisfy(district ->
                        assertThat(catalogue.children(district.pcode())).isNotEmpty());
    }

    @Test
    void carriesCentroidsInSyriaAndPopulationsOfTheCensusOrTheEstimate() {
        assertThat(DATA.areas()).allSatisfy(place -> {
            assertThat(place.latitude()).as(place.pcode()).isBetween(32.0, 37.5);
            assertThat(place.longitude()).as(place.pcode()).isBetween(35.5, 42.5);
            if (place.population() != null) {
                assertThat(place.population()).isPositive();
                assertThat(place.populationYear()).isIn(2004, 2016);
            }
        });
        assertThat(DATA.areas().stream()
                        .filter(place -> place.population() != null)
                        .count())
                .isGreaterThan(DATA.areas().size() - 5L);
    }

    @Test
    void listsTheCountriesOfAsylumAskedForWithEnglishAndArabicNames() {
        Set<String> codes = DATA.countries().stream().map(CountryOfAsylum::iso3).collect(Collectors.toSet());
        // Syria's neighbours, the countries of the UNHCR return figures 2015-2025, and other large hosts.
        assertThat(codes)
                .contains(
                        "LBN", "TUR", "JOR", "IRQ", "EGY", "DEU", "AUS", "BGR", "CHE", "CHN", "CYP", "IND", "LBY",
                        "MYS", "SDN", "GBR", "NOR", "USA", "CAN", "SAU", "ARE", "KWT", "QAT", "ARM", "DZA");
        assertThat(codes).doesNotContain("SYR");
        assertThat(DATA.countries().stream().filter(CountryOfAsylum::euMember).map(CountryOfAsylum::iso3))
                .containsExactlyInAnyOrder(
                        "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
                        "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
                        "SWE");
        assertThat(DATA.countries()).allSatisfy(country -> {
            assertThat(country.nameEn()).isNotBlank();
            assertThat(PlaceNames.isArabic(country.nameAr())).as(country.iso3()).isTrue();
        });
    }

    @Test
    void listsExactlyTheCrossingPointsAskedForWithTheirNeighbours() {
        Map<String, CrossingPoint> crossings =
                DATA.crossings().stream().collect(Collectors.toMap(CrossingPoint::code, Function.identity()));
        assertThat(crossings.keySet())
                .containsExactlyInAnyOrder(
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
        Map<String, List<String>> byNeighbour = Map.of(
                "LBN", List.of("MASNAA", "JOUSIEH", "DABOUSIEH", "ARIDA"),
                "JOR", List.of("NASIB"),
                "TUR", List.of("BAB_AL_HAWA", "BAB_AL_SALAM", "KASAB", "JARABLUS", "TAL_ABYAD", "NUSAYBIN"),
                "IRQ", List.of("AL_QAIM", "SEMALKA", "RABIA"));
        byNeighbour.forEach((country, codes) -> assertThat(codes).allSatisfy(code -> {
            assertThat(crossings.get(code).neighbourCountry()).isEqualTo(country);
            assertThat(crossings.get(code).kind()).isEqualTo(CrossingPoint.Kind.LAND);
        }));
        assertThat(List.of("DAMASCUS_AIRPORT", "ALEPPO_AIRPORT", "LATAKIA_AIRPORT"))
                .allSatisfy(code -> {
                    assertThat(crossings.get(code).kind()).isEqualTo(CrossingPoint.Kind.AIRPORT);
                    assertThat(crossings.get(code).neighbourCountry()).isNull();
                });
    }

    @Test
    void placesCrossingsInSyrianSubdistrictsAndNearTheBorders() {
        assertThat(DATA.crossings()).allSatisfy(crossing -> {
            assertThat(PlaceNames.isArabic(crossing.nameAr()))
                    .as(crossing.code())
                    .isTrue();
            assertThat(crossing.latitude()).as(crossing.code()).isBetween(32.3, 37.4);
            assertThat(crossing.longitude()).as(crossing.code()).isBetween(35.7, 42.4);
            if (crossing.subdistrictPcode() != null) {
                assertThat(BY_PCODE.get(crossing.subdistrictPcode()).level()).isEqualTo(PlaceLevel.SUBDISTRICT);
            }
        });
        assertThat(DATA.crossings())
                .filteredOn(crossing -> crossing.kind() == CrossingPoint.Kind.LAND)
                .allMatch(CrossingPoint::coordinatesApproximate);
    }

    @Test
    void addsAliasesOnlyToKnownUnitsAndNeverRepeatsTheOwnName() {
        assertThat(DATA.aliases().keySet()).allMatch(BY_PCODE::containsKey);
        DATA.aliases()
                .forEach((pcode, aliases) -> assertThat(aliases)
                        .extracting(PlaceAlias::value)
                        .doesNotHaveDuplicates()
                        .doesNotContain(
                                BY_PCODE.get(pcode).nameEn(),
                                BY_PCODE.get(pcode).nameAr()));
        assertThat(DATA.aliases().get("SY0405")).extracting(PlaceAlias::value).contains("Palmyra");
    }

    @Test
    void givesTheSameChecksumForTheSameFiles() {
        assertThat(DATA.checksum())
                .matches("[0-9a-f]{64}")
                .isEqualTo(PlaceReferenceFiles.read().checksum());
    }
}
