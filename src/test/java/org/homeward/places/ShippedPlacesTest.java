package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The places API as code without the application sees it: the shipped reference data, read once. */
class ShippedPlacesTest {

    private static final PlaceLookup PLACES = PlaceLookup.shipped();

    @Test
    void namesAUnitInArabicAndEnglish() {
        assertThat(PLACES.displayName("SY070301", "en")).contains("Dana");
        assertThat(PLACES.displayName("SY070301", "ar")).contains("الدانا");
        assertThat(PLACES.displayName("SY02", "ar")).contains("حلب");
    }

    @Test
    void givesTheParentOfAUnitAtEachLevel() {
        assertThat(PLACES.parentOf("SY070301")).contains("SY0703");
        assertThat(PLACES.parentOf("SY0703")).contains("SY07");
        assertThat(PLACES.parentOf("SY07")).isEmpty();
        assertThat(PLACES.area("SY0703").map(Place::nameEn)).contains("Harem");
    }

    @Test
    void givesTheParentOfACommunityFromTheDataNotFromItsCode() {
        Place dana = PLACES.area("SY070301").orElseThrow();
        Place village =
                new Place("C1001", PlaceLevel.COMMUNITY, "SY070301", "Village", "قرية", null, null, null, null, null);
        PlaceLookup withCommunity = PlaceLookup.of(List.of(dana, village));

        assertThat(withCommunity.parentOf("C1001")).contains("SY070301");
        assertThat(PLACES.parentOf("C1001"))
                .as("the shipped data has no communities")
                .isEmpty();
    }

    @Test
    void givesTheCentroidAndPopulationTheFilesRecord() {
        assertThat(PLACES.centroid("SY070301")).contains(new GeoPoint(36.24013, 36.72875));
        assertThat(PLACES.population("SY070301")).hasValue(60058);
        assertThat(PLACES.population("SY02")).hasValue(3734000);
        assertThat(PLACES.centroid("SY999999")).isEmpty();
        assertThat(PLACES.population("SY999999")).isEmpty();
    }

    @Test
    void measuresDamascusToAleppoBetweenTheirCitySubdistricts() {
        // The cities' centres lie about 310 km apart; each city sub-district's centroid lies within a
        // few kilometres of its centre, so the distance between the centroids is 310 km give or take 10.
        double kilometres = PLACES.kilometresBetween("SY010000", "SY020000").orElseThrow();

        assertThat(kilometres).isBetween(300.0, 320.0);
        assertThat(PLACES.kilometresBetween("SY020000", "SY010000")).hasValue(kilometres);
        assertThat(PLACES.kilometresBetween("SY010000", "SY0100"))
                .as("Damascus city is its whole district")
                .hasValue(0.0);
        assertThat(PLACES.kilometresBetween("SY010000", "SY999999")).isEmpty();
    }

    @Test
    void namesACrossingInBothLanguages() {
        assertThat(PLACES.crossingName("MASNAA", "en")).contains("Jdeidet Yabous / Masnaa");
        assertThat(PLACES.crossingName("MASNAA", "ar")).contains("جديدة يابوس / المصنع");
        assertThat(PLACES.crossingName("SY01", "en"))
                .as("a unit is no crossing")
                .isEmpty();
    }

    @Test
    void namesEveryCrossingInTheOrderOfTheList() {
        Map<String, String> arabic = PLACES.crossingNames("ar");

        assertThat(arabic.keySet())
                .containsExactlyElementsOf(
                        PLACES.crossings().stream().map(CrossingPoint::code).toList());
        assertThat(arabic).containsEntry("JOUSIEH", "جوسية / القاع");
        assertThat(PLACES.crossingNames("en")).containsEntry("JOUSIEH", "Jousieh / Qaa");
    }

    @Test
    void readsTheFilesOnceForTheWholeRun() {
        assertThat(PlaceLookup.shipped()).isSameAs(PLACES);
        assertThat(PlaceReferenceFiles.shipped()).isSameAs(PlaceReferenceFiles.shipped());
    }
}
