package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.places.Place;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;

class ForecastCalculatorTest {

    private static final PlaceLookup GEOGRAPHY = PlaceLookup.of(List.of(
            unit("SY010100", "Riverside", "ضفة النهر", 33.50, 36.30),
            unit("SY020100", "Hilltop", "التلة", 35.00, 37.00)));
    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = FIRST.plusDays(29);
    private final ForecastCalculator calculator = new ForecastCalculator(GEOGRAPHY);

    @Test
    void flagsTheShortfallOfACentreAndTheFirstDayItRunsShort() {
        // 20 places, 5 family units (1 accessible); 10 persons in 2 units now: 10 persons, 3 units, 1 accessible free.
        CentreOccupancy riverside = CentreOccupancy.of(
                ReceptionTestCentres.centre("R1", "SY010100", 33.50, 36.30, new Spaces(20, 5, 1), true),
                new Spaces(10, 2, 0));
        List<PlannedArrival> arrivals = List.of(
                arrival("SY010100", FIRST, 4, false),
                arrival("SY010100", FIRST.plusDays(2), 5, true),
                arrival("SY010100", FIRST.plusDays(4), 3, false),
                arrival("SY010100", LAST.plusDays(1), 9, false));

        ReceptionForecast forecast = calculator.forecast(List.of(riverside), arrivals, FIRST, LAST);

        CentreForecast centre = forecast.centres().get(0);
        assertThat(centre.free()).isEqualTo(new Spaces(10, 3, 1));
        assertThat(centre.planned()).isEqualTo(new Spaces(12, 3, 1));
        assertThat(centre.households()).isEqualTo(3);
        assertThat(centre.shortfall()).isEqualTo(new Spaces(2, 0, 0));
        assertThat(centre.hasShortfall()).isTrue();
        assertThat(centre.firstShortDay()).isEqualTo(FIRST.plusDays(4));
        assertThat(forecast.centresShort()).isEqualTo(1);
    }

    @Test
    void aCentreWithRoomForEveryArrivalIsNotShort() {
        CentreOccupancy hilltop = CentreOccupancy.of(
                ReceptionTestCentres.centre("H1", "SY020100", 35.00, 37.00, new Spaces(50, 10, 2), true), Spaces.NONE);
        ReceptionForecast forecast = calculator.forecast(
                List.of(hilltop),
                List.of(arrival("SY020100", FIRST, 6, true), arrival("SY020100", LAST, 7, false)),
                FIRST,
                LAST);
        assertThat(forecast.centres().get(0).hasShortfall()).isFalse();
        assertThat(forecast.centres().get(0).firstShortDay()).isNull();
        assertThat(forecast.centres().get(0).planned()).isEqualTo(new Spaces(13, 2, 1));
    }

    @Test
    void aTownIsShortOnlyWhenAllItsCentresTogetherLackRoom() {
        CentreOccupancy small = CentreOccupancy.of(
                ReceptionTestCentres.centre("T1", "SY010100", 33.50, 36.30, new Spaces(4, 1, 0), true), Spaces.NONE);
        CentreOccupancy large = CentreOccupancy.of(
                ReceptionTestCentres.centre("T2", "SY010100", 33.60, 36.40, new Spaces(30, 6, 1), true), Spaces.NONE);
        // The destination's centroid is the small centre's place: all arrivals count there.
        ReceptionForecast forecast = calculator.forecast(
                List.of(small, large),
                List.of(arrival("SY010100", FIRST, 5, false), arrival("SY010100", FIRST, 5, false)),
                FIRST,
                LAST);

        assertThat(forecast.centres())
                .filteredOn(centre -> centre.code().equals("T1"))
                .singleElement()
                .satisfies(centre -> assertThat(centre.shortfall()).isEqualTo(new Spaces(6, 1, 0)));
        assertThat(forecast.towns()).singleElement().satisfies(town -> {
            assertThat(town.centres()).isEqualTo(2);
            assertThat(town.free()).isEqualTo(new Spaces(34, 7, 1));
            assertThat(town.planned()).isEqualTo(new Spaces(10, 2, 0));
            assertThat(town.hasShortfall()).isFalse();
        });
    }

    @Test
    void closedCentresReceiveNobodyAndArrivalsWithNoCentreAreCountedApart() {
        CentreOccupancy closed = CentreOccupancy.of(
                ReceptionTestCentres.centre("X1", "SY010100", 33.50, 36.30, new Spaces(40, 8, 1), false), Spaces.NONE);
        CentreOccupancy open = CentreOccupancy.of(
                ReceptionTestCentres.centre("O1", "SY020100", 35.00, 37.00, new Spaces(40, 8, 1), true), Spaces.NONE);
        ReceptionForecast forecast = calculator.forecast(
                List.of(closed, open),
                List.of(arrival("SY010100", FIRST, 3, false), arrival("C99999", FIRST, 4, false)),
                FIRST,
                LAST);

        assertThat(forecast.centres())
                .filteredOn(centre -> centre.code().equals("X1"))
                .singleElement()
                .satisfies(centre -> {
                    assertThat(centre.status()).isEqualTo(CentreStatus.CLOSED);
                    assertThat(centre.free()).isEqualTo(Spaces.NONE);
                    assertThat(centre.planned()).isEqualTo(Spaces.NONE);
                });
        assertThat(forecast.centres())
                .filteredOn(centre -> centre.code().equals("O1"))
                .singleElement()
                .satisfies(centre -> assertThat(centre.planned().persons()).isEqualTo(3));
        assertThat(forecast.unplacedHouseholds()).isEqualTo(1);
        assertThat(forecast.unplacedPersons()).isEqualTo(4);
    }

    private static PlannedArrival arrival(String destination, LocalDate day, int persons, boolean accessible) {
        return new PlannedArrival(UUID.randomUUID(), "HW-TEST", destination, day, "REGISTERED", persons, accessible);
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
