package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FigurePeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void coversTheLastTwelveMonthsByDefault() {
        FigurePeriod period = FigurePeriod.of(null, " ", TODAY);
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void coversWholeMonthsFromTheFirstToTheLast() {
        FigurePeriod period = FigurePeriod.of("2025-02", "2025-02", TODAY);
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void refusesAnUnreadableMonthABackwardPeriodAndOneOfMoreThanFiveYears() {
        assertThatThrownBy(() -> FigurePeriod.of("2026-13", null, TODAY))
                .isInstanceOf(FigurePeriod.InvalidPeriodException.class)
                .hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> FigurePeriod.of("2026-05", "2026-04", TODAY))
                .isInstanceOf(FigurePeriod.InvalidPeriodException.class);
        assertThatThrownBy(() -> FigurePeriod.of("2010-01", "2026-01", TODAY))
                .isInstanceOf(FigurePeriod.InvalidPeriodException.class);
    }
}
