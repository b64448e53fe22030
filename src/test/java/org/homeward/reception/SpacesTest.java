package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void freeRoomIsCapacityLessOccupancyAndNeverNegative() {
        Spaces capacity = new Spaces(100, 20, 4);
        assertThat(capacity.freeAfter(new Spaces(30, 6, 1))).isEqualTo(new Spaces(70, 14, 3));
        assertThat(capacity.freeAfter(new Spaces(120, 25, 5))).isEqualTo(new Spaces(0, 0, 0));
    }

    @Test
    void freeAccessibleUnitsNeverExceedFreeFamilyUnitsBecauseTheyAreFamilyUnits() {
        Spaces capacity = new Spaces(100, 10, 4);
        Spaces nineOrdinaryFamilies = new Spaces(40, 9, 0);
        assertThat(capacity.freeAfter(nineOrdinaryFamilies)).isEqualTo(new Spaces(60, 1, 1));
        Spaces tenOrdinaryFamilies = new Spaces(45, 10, 0);
        assertThat(capacity.freeAfter(tenOrdinaryFamilies).accessibleUnits()).isZero();
    }

    @Test
    void aHouseholdTakesItsPersonsOneFamilyUnitAndAnAccessibleUnitOnlyWhenItNeedsOne() {
        assertThat(Spaces.ofHousehold(6, false)).isEqualTo(new Spaces(6, 1, 0));
        assertThat(Spaces.ofHousehold(2, true)).isEqualTo(new Spaces(2, 1, 1));
    }

    @Test
    void shortfallNamesEachTypeThatIsShort() {
        Spaces free = new Spaces(5, 1, 0);
        assertThat(free.holds(Spaces.ofHousehold(5, false))).isTrue();
        assertThat(free.holds(Spaces.ofHousehold(6, false))).isFalse();
        assertThat(free.shortfallFor(Spaces.ofHousehold(6, true))).isEqualTo(new Spaces(1, 0, 1));
        assertThat(free.shortfallFor(new Spaces(3, 2, 0))).isEqualTo(new Spaces(0, 1, 0));
    }

    @Test
    void anOpenCentreIsFullWhenNoPersonPlaceOrNoFamilyUnitIsLeft() {
        assertThat(CentreStatus.of(true, new Spaces(3, 1, 0))).isEqualTo(CentreStatus.OPEN);
        assertThat(CentreStatus.of(true, new Spaces(0, 4, 1))).isEqualTo(CentreStatus.FULL);
        assertThat(CentreStatus.of(true, new Spaces(7, 0, 0))).isEqualTo(CentreStatus.FULL);
        assertThat(CentreStatus.of(false, new Spaces(7, 3, 1))).isEqualTo(CentreStatus.CLOSED);
    }
}
