package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceCodesTest {

    @Test
    void tellsTheLevelOfEachShapeOfCode() {
        assertThat(PlaceCodes.levelOf("SY07")).contains(PlaceLevel.GOVERNORATE);
        assertThat(PlaceCodes.levelOf("SY0703")).contains(PlaceLevel.DISTRICT);
        assertThat(PlaceCodes.levelOf("SY070301")).contains(PlaceLevel.SUBDISTRICT);
        assertThat(PlaceCodes.levelOf("C1001")).contains(PlaceLevel.COMMUNITY);
        assertThat(PlaceCodes.levelOf("SY07030")).isEmpty();
        assertThat(PlaceCodes.levelOf(" sy07")).contains(PlaceLevel.GOVERNORATE);
        assertThat(PlaceCodes.levelOf(null)).isEmpty();
    }

    @Test
    void readsTheParentOfEachLevelOutOfTheCode() {
        assertThat(PlaceCodes.parentOf("SY070301")).contains("SY0703");
        assertThat(PlaceCodes.parentOf("SY0703")).contains("SY07");
        assertThat(PlaceCodes.parentOf("sy070301")).contains("SY0703");
        assertThat(PlaceCodes.parentOf("SY07")).isEmpty();
        assertThat(PlaceCodes.parentOf("C1001"))
                .as("a community code does not spell its parent")
                .isEmpty();
        assertThat(PlaceCodes.parentOf("Aleppo")).isEmpty();
    }

    @Test
    void findsTheUnitAtAnyLevelAboveACode() {
        assertThat(PlaceCodes.ancestorAt("SY070301", PlaceLevel.GOVERNORATE)).contains("SY07");
        assertThat(PlaceCodes.ancestorAt("SY070301", PlaceLevel.DISTRICT)).contains("SY0703");
        assertThat(PlaceCodes.ancestorAt("SY070301", PlaceLevel.SUBDISTRICT)).contains("SY070301");
        assertThat(PlaceCodes.ancestorAt("SY0703", PlaceLevel.SUBDISTRICT))
                .as("a district holds sub-districts, it is not in one")
                .isEmpty();
        assertThat(PlaceCodes.ancestorAt("C1001", PlaceLevel.GOVERNORATE)).isEmpty();
    }

    @Test
    void knowsWhichUnitsLieInsideOthers() {
        assertThat(PlaceCodes.isWithin("SY070301", "SY07")).isTrue();
        assertThat(PlaceCodes.isWithin("SY070301", "SY0703")).isTrue();
        assertThat(PlaceCodes.isWithin("SY0703", "SY0703")).isTrue();
        assertThat(PlaceCodes.isWithin("SY070301", "SY0702")).isFalse();
        assertThat(PlaceCodes.isWithin("SY0703", "SY070301")).isFalse();
        assertThat(PlaceCodes.isWithin("SY0703", "Idlib")).isFalse();
    }
}
