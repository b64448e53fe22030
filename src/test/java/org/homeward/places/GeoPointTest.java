package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The one great-circle distance: checked against geometry that needs no formula, and against the map. */
class GeoPointTest {

    @Test
    void measuresOneDegreeOfLongitudeOnTheEquatorAsTheCircumferenceOver360() {
        double expected = 2 * Math.PI * GeoPoint.EARTH_RADIUS_KILOMETRES / 360;

        assertThat(new GeoPoint(0, 10).kilometresTo(new GeoPoint(0, 11))).isCloseTo(expected, within(1e-9));
    }

    @Test
    void measuresDamascusToAleppoAsAboutThreeHundredAndTenKilometres() {
        GeoPoint damascus = new GeoPoint(33.5138, 36.2765);
        GeoPoint aleppo = new GeoPoint(36.2021, 37.1343);

        assertThat(damascus.kilometresTo(aleppo)).isBetween(305.0, 315.0);
        assertThat(aleppo.kilometresTo(damascus)).isCloseTo(damascus.kilometresTo(aleppo), within(1e-9));
        assertThat(damascus.kilometresTo(damascus)).isZero();
    }

    @Test
    void rejectsCoordinatesOffTheGlobe() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).hasMessageContaining("longitude");
    }

    @Test
    void measuresAQuarterOfAMeridianFromTheEquatorToThePole() {
        double quarter = Math.PI * GeoPoint.EARTH_RADIUS_KILOMETRES / 2;

        assertThat(new GeoPoint(0, 36).kilometresTo(new GeoPoint(90, 36))).isCloseTo(quarter, within(1e-6));
    }

    @Test
    void measuresTheSameEarthEveryFeatureUses() {
        assertThat(GeoPoint.EARTH_RADIUS_KILOMETRES).isEqualTo(6371.0088);
    }
}
