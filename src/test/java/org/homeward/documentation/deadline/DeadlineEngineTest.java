package org.homeward.documentation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineEngineTest {

    private static final String BIRTH = "BIRTH_ABROAD";
    private static final String NOFOUS = "NOFOUS_REGISTRATION";
    private static final DeadlineRule.Limit ONE_YEAR = new DeadlineRule.Limit(
            "LBN", BIRTH, NOFOUS, Period.ofYears(1), LocalDate.of(1951, 12, 7), "civil status law");

    private static Optional<LocalDate> born(int year, int month, int day) {
        return Optional.of(LocalDate.of(year, month, day));
    }

    @Test
    void plainLimitCountsFromTheEvent() {
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR));

        Deadline deadline = engine.deadline("LBN", BIRTH, NOFOUS, born(2023, 3, 10), LocalDate.of(2023, 12, 1));

        assertThat(deadline.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(deadline.dueOn()).contains(LocalDate.of(2024, 3, 10));
        assertThat(deadline.daysLeft()).contains(100L);
        assertThat(deadline.sources()).containsExactly("civil status law");
    }

    @Test
    void plainLimitIsOverdueAfterTheDueDay() {
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR));

        Deadline deadline = engine.deadline("LBN", BIRTH, NOFOUS, born(2022, 3, 10), LocalDate.of(2023, 3, 15));

        assertThat(deadline.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(deadline.daysLeft()).contains(-5L);
        assertThat(deadline.dueWithin(0)).isTrue();
    }

    @Test
    void limitBindsOnlyItsJurisdictionCaseTypeAndStep() {
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR));

        assertThat(engine.deadline("TUR", BIRTH, NOFOUS, born(2023, 3, 10), LocalDate.of(2023, 4, 1))
                        .state())
                .isEqualTo(DeadlineState.NO_LIMIT);
        assertThat(engine.deadline("LBN", BIRTH, "MUKHTAR_CERTIFICATE", born(2023, 3, 10), LocalDate.of(2023, 4, 1))
                        .state())
                .isEqualTo(DeadlineState.NO_LIMIT);
        assertThat(engine.deadline("LBN", BIRTH, NOFOUS, Optional.empty(), LocalDate.of(2023, 4, 1))
                        .state())
                .isEqualTo(DeadlineState.EVENT_DATE_UNKNOWN);
    }

    @Test
    void waiverLiftsTheLimitForEventsInsideItsWindowOnly() {
        DeadlineRule.Waiver waiver = new DeadlineRule.Waiver(
                "LBN",
                BIRTH,
                NOFOUS,
                LocalDate.of(2011, 1, 1),
                LocalDate.of(2018, 2, 8),
                LocalDate.of(2018, 2, 8),
                "late registration waiver");
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR, waiver));

        Deadline inside = engine.deadline("LBN", BIRTH, NOFOUS, born(2015, 6, 1), LocalDate.of(2018, 5, 1));
        Deadline lastDay = engine.deadline("LBN", BIRTH, NOFOUS, born(2018, 2, 8), LocalDate.of(2018, 5, 1));
        Deadline after = engine.deadline("LBN", BIRTH, NOFOUS, born(2018, 2, 9), LocalDate.of(2018, 5, 1));

        assertThat(inside.state()).isEqualTo(DeadlineState.WAIVED);
        assertThat(inside.dueOn()).isEmpty();
        assertThat(inside.sources()).contains("late registration waiver");
        assertThat(lastDay.state()).isEqualTo(DeadlineState.WAIVED);
        assertThat(after.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(after.dueOn()).contains(LocalDate.of(2019, 2, 9));
    }

    @Test
    void waiverCountsOnlyFromItsEffectiveDate() {
        DeadlineRule.Waiver waiver = new DeadlineRule.Waiver(
                "LBN",
                BIRTH,
                NOFOUS,
                LocalDate.of(2011, 1, 1),
                LocalDate.of(2018, 2, 8),
                LocalDate.of(2018, 2, 8),
                "late registration waiver");
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR, waiver));

        Deadline before = engine.deadline("LBN", BIRTH, NOFOUS, born(2016, 6, 1), LocalDate.of(2018, 1, 1));

        assertThat(before.state()).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void pauseStopsTheClockAndItResumesWhereItStopped() {
        DeadlineRule.Pause pause = new DeadlineRule.Pause(
                "LBN",
                Optional.empty(),
                LocalDate.of(2019, 10, 18),
                LocalDate.of(2020, 12, 31),
                LocalDate.of(2019, 10, 18),
                "laws 160 and 185");
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR, pause));
        // Born 2019-08-01: 78 days ran before the pause (1 Aug .. 17 Oct), 288 remained of the 366 to 2020-08-01.
        Optional<LocalDate> birth = born(2019, 8, 1);

        Deadline duringPause = engine.deadline("LBN", BIRTH, NOFOUS, birth, LocalDate.of(2020, 6, 1));
        Deadline afterPause = engine.deadline("LBN", BIRTH, NOFOUS, birth, LocalDate.of(2021, 1, 10));

        long pausedDays =
                java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2019, 10, 18), LocalDate.of(2021, 1, 1));
        LocalDate expectedDue = LocalDate.of(2020, 8, 1).plusDays(pausedDays);
        assertThat(duringPause.state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(duringPause.dueOn()).contains(expectedDue);
        assertThat(duringPause.daysLeft())
                .contains(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2020, 12, 31), expectedDue));
        assertThat(afterPause.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(afterPause.daysLeft())
                .contains(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2021, 1, 10), expectedDue));
        assertThat(afterPause.sources()).containsExactly("civil status law", "laws 160 and 185");
    }

    @Test
    void pauseBeforeTheEventOrAfterTheDueDayChangesNothing() {
        DeadlineRule.Pause pause = new DeadlineRule.Pause(
                "LBN",
                Optional.empty(),
                LocalDate.of(2019, 10, 18),
                LocalDate.of(2020, 12, 31),
                LocalDate.of(2019, 10, 18),
                "laws 160 and 185");
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR, pause));

        Deadline bornAfter = engine.deadline("LBN", BIRTH, NOFOUS, born(2021, 2, 1), LocalDate.of(2021, 3, 1));
        Deadline dueBefore = engine.deadline("LBN", BIRTH, NOFOUS, born(2017, 2, 1), LocalDate.of(2021, 3, 1));

        assertThat(bornAfter.dueOn()).contains(LocalDate.of(2022, 2, 1));
        assertThat(dueBefore.dueOn()).contains(LocalDate.of(2018, 2, 1));
        assertThat(dueBefore.state()).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void eventDuringAPauseStartsItsClockWhenThePauseEnds() {
        DeadlineRule.Pause pause = new DeadlineRule.Pause(
                "LBN",
                Optional.empty(),
                LocalDate.of(2019, 10, 18),
                LocalDate.of(2020, 12, 31),
                LocalDate.of(2019, 10, 18),
                "laws 160 and 185");
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR, pause));

        Deadline deadline = engine.deadline("LBN", BIRTH, NOFOUS, born(2020, 5, 1), LocalDate.of(2020, 6, 1));

        long paused = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2020, 5, 1), LocalDate.of(2021, 1, 1));
        assertThat(deadline.dueOn()).contains(LocalDate.of(2021, 5, 1).plusDays(paused));
        assertThat(deadline.state()).isEqualTo(DeadlineState.PAUSED);
    }

    @Test
    void laterDatedRuleChangesTheLimitFromItsEffectiveDate() {
        // A property law: 30 days to prove ownership, changed to one year by a later decree.
        DeadlineRule.Limit thirtyDays = new DeadlineRule.Limit(
                "SYR", "HLP_EVIDENCE", "CLAIM_FILED", Period.ofDays(30), LocalDate.of(2018, 4, 2), "law 10 of 2018");
        DeadlineRule.Limit oneYear = new DeadlineRule.Limit(
                "SYR", "HLP_EVIDENCE", "CLAIM_FILED", Period.ofYears(1), LocalDate.of(2018, 11, 11), "law 42 of 2018");
        DeadlineEngine engine = new DeadlineEngine(List.of(oneYear, thirtyDays));
        Optional<LocalDate> decree = born(2018, 5, 1);

        Deadline beforeChange =
                engine.deadline("SYR", "HLP_EVIDENCE", "CLAIM_FILED", decree, LocalDate.of(2018, 5, 20));
        Deadline lapsedBeforeChange =
                engine.deadline("SYR", "HLP_EVIDENCE", "CLAIM_FILED", decree, LocalDate.of(2018, 7, 1));
        Deadline afterChange = engine.deadline("SYR", "HLP_EVIDENCE", "CLAIM_FILED", decree, LocalDate.of(2018, 12, 1));

        assertThat(beforeChange.dueOn()).contains(LocalDate.of(2018, 5, 31));
        assertThat(beforeChange.daysLeft()).contains(11L);
        assertThat(lapsedBeforeChange.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(afterChange.state()).isEqualTo(DeadlineState.RUNNING);
        assertThat(afterChange.dueOn()).contains(LocalDate.of(2019, 5, 1));
        assertThat(afterChange.sources()).containsExactly("law 42 of 2018");
    }

    @Test
    void extendedWaiverCoversTheLongerWindowFromItsOwnDate() {
        DeadlineRule.Waiver first = new DeadlineRule.Waiver(
                "LBN",
                BIRTH,
                NOFOUS,
                LocalDate.of(2011, 1, 1),
                LocalDate.of(2018, 2, 8),
                LocalDate.of(2018, 2, 8),
                "first waiver");
        DeadlineRule.Waiver extended = new DeadlineRule.Waiver(
                "LBN",
                BIRTH,
                NOFOUS,
                LocalDate.of(2011, 1, 1),
                LocalDate.of(2019, 2, 8),
                LocalDate.of(2019, 3, 1),
                "extended waiver");
        DeadlineEngine engine = new DeadlineEngine(List.of(ONE_YEAR, first, extended));

        assertThat(engine.deadline("LBN", BIRTH, NOFOUS, born(2018, 3, 1), LocalDate.of(2019, 2, 20))
                        .state())
                .isEqualTo(DeadlineState.RUNNING);
        assertThat(engine.deadline("LBN", BIRTH, NOFOUS, born(2018, 3, 1), LocalDate.of(2019, 3, 1))
                        .state())
                .isEqualTo(DeadlineState.WAIVED);
    }
}
