package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.places.Place;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;

class NearestCentreTest {

    // Three made-up sub-districts: two in district SY0101, one in SY0102, far from each other.
    private static final PlaceLookup GEOGRAPHY = PlaceLookup.of(List.of(
            unit("SY010100", "West", "غرب", 33.50, 36.30),
            unit("SY010101", "East", "شرق", 33.50, 36.90),
            unit("SY010200", "North", "شمال", 35.00, 36.50),
            unit("SY0101", "District", "منطقة", 33.50, 36.60)));

    @Test
    void aCentreInTheSameSubdistrictWinsOverACloserOneElsewhere() {
        Centre inSubdistrictButFar =
                ReceptionTestCentres.centre("A", "SY010101", 33.50, 37.40, new Spaces(10, 2, 0), true);
        Centre closerInAnotherSubdistrict =
                ReceptionTestCentres.centre("B", "SY010100", 33.50, 36.85, new Spaces(10, 2, 0), true);
        NearestCentre nearest = new NearestCentre(List.of(closerInAnotherSubdistrict, inSubdistrictButFar), GEOGRAPHY);
        assertThat(nearest.forDestination("SY010101")).map(Centre::code).contains("A");
    }

    @Test
    void withoutACentreInTheSubdistrictTheDistrictIsSearchedBeforeTheCountry() {
        Centre sameDistrict = ReceptionTestCentres.centre("D", "SY010100", 33.50, 36.30, new Spaces(10, 2, 0), true);
        Centre otherDistrictButCloser =
                ReceptionTestCentres.centre("O", "SY010200", 33.55, 36.90, new Spaces(10, 2, 0), true);
        NearestCentre nearest = new NearestCentre(List.of(sameDistrict, otherDistrictButCloser), GEOGRAPHY);
        assertThat(nearest.forDestination("SY010101")).map(Centre::code).contains("D");
    }

    @Test
    void withoutACentreInTheDistrictTheNearestByGreatCircleDistanceIsChosen() {
        Centre far = ReceptionTestCentres.centre("F", "SY020000", 36.20, 37.10, new Spaces(10, 2, 0), true);
        Centre near = ReceptionTestCentres.centre("N", "SY030101", 34.70, 36.70, new Spaces(10, 2, 0), true);
        NearestCentre nearest = new NearestCentre(List.of(far, near), GEOGRAPHY);
        assertThat(nearest.forDestination("SY010200")).map(Centre::code).contains("N");
    }

    @Test
    void aDistrictDestinationIsServedByTheNearestCentreOfTheDistrict() {
        Centre west = ReceptionTestCentres.centre("W", "SY010100", 33.50, 36.30, new Spaces(10, 2, 0), true);
        Centre east = ReceptionTestCentres.centre("E", "SY010101", 33.50, 36.65, new Spaces(10, 2, 0), true);
        assertThat(new NearestCentre(List.of(west, east), GEOGRAPHY).forDestination("SY0101"))
                .map(Centre::code)
                .contains("E");
    }

    @Test
    void anUnknownCommunityCodeWithNoCentreInItsAreaIsLeftUnplaced() {
        Centre centre = ReceptionTestCentres.centre("C", "SY010100", 33.50, 36.30, new Spaces(10, 2, 0), true);
        assertThat(new NearestCentre(List.of(centre), GEOGRAPHY).forDestination("C1234"))
                .isEmpty();
        assertThat(new NearestCentre(List.of(), GEOGRAPHY).forDestination("SY010100"))
                .isEmpty();
    }

    /** A made-up unit at a point, its level and parent as its code spells them. */
    private static Place unit(String pcode, String nameEn, String nameAr, double latitude, double longitude) {
        return new Place(
                pcode,
                PlaceCodes.levelOf(pcode).orElseThrow(),
                PlaceCodes.parentOf(pcode).orElse(null),
                nameEn,
                nameAr,
                latitude,
                longitude,
                null,
                1000,
                2004);
    }
}
