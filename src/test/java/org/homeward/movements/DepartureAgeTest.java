package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.homeward.registry.BirthDate;
import org.junit.jupiter.api.Test;

/** Ages on the departure day, as the departure checks see them. */
class DepartureAgeTest {

    private static final LocalDate DEPARTURE = LocalDate.of(2027, 3, 15);

    @Test
    void countsWholeYearsOnTheDepartureDay() {
        assertThat(DepartureChecks.ageOn(BirthDate.parse("2009-03-16").orElseThrow(), DEPARTURE))
                .contains(17);
        assertThat(DepartureChecks.ageOn(BirthDate.parse("2009-03-15").orElseThrow(), DEPARTURE))
                .contains(18);
    }

    @Test
    void aBirthYearAloneCountsFromItsFirstDaySoThePersonIsAdultAsSoonAsTheyMightBe() {
        assertThat(DepartureChecks.ageOn(BirthDate.parse("2009").orElseThrow(), DEPARTURE))
                .contains(18);
        assertThat(DepartureChecks.ageOn(BirthDate.parse("2009-03").orElseThrow(), DEPARTURE))
                .contains(18);
    }

    @Test
    void anUnknownBirthDateHasNoAge() {
        assertThat(DepartureChecks.ageOn(BirthDate.UNKNOWN, DEPARTURE)).isEqualTo(Optional.empty());
    }
}
