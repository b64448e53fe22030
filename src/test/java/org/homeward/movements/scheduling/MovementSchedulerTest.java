package org.homeward.movements.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MovementSchedulerTest {

    /** A Monday; the whole week lies in March 2027, which has 31 days. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private final MovementScheduler scheduler = new MovementScheduler();
    private int sequence;

    @Test
    void householdsAreNeverSplitAndNoVehicleCarriesMoreThanItsSeats() {
        Random random = new Random(20270301);
        List<ReadyHousehold> households = new ArrayList<>();
        for (int index = 0; index < 600; index++) {
            int persons = 1 + random.nextInt(9);
            households.add(household(
                    "LBN",
                    "",
                    persons,
                    random.nextInt(10) == 0 ? Math.min(persons, 1 + random.nextInt(2)) : 0,
                    MONDAY.minusDays(random.nextInt(300))));
        }
        List<Departure> departures = List.of(
                departure("a", "LBN", "X1", MONDAY, buses("a", 20, 40, 2)),
                departure("b", "LBN", "X1", MONDAY.plusDays(2), buses("b", 20, 40, 2)));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY, departures, List.of(new MonthlyTarget("LBN", MARCH, "", 100_000)), households));

        Map<UUID, ReadyHousehold> byId =
                households.stream().collect(Collectors.toMap(ReadyHousehold::householdId, Function.identity()));
        assertThat(proposal.scheduled())
                .extracting(ScheduledHousehold::householdId)
                .doesNotHaveDuplicates();
        Map<String, Integer> seated = new HashMap<>();
        Map<String, Integer> accessible = new HashMap<>();
        for (ScheduledHousehold scheduled : proposal.scheduled()) {
            ReadyHousehold household = byId.get(scheduled.householdId());
            assertThat(scheduled.persons()).isEqualTo(household.persons());
            assertThat(scheduled.accessibleSeats()).isGreaterThanOrEqualTo(household.needingAccessibleSeat());
            String vehicle = scheduled.departureKey() + "/" + scheduled.vehicleLabel();
            seated.merge(vehicle, scheduled.persons(), Integer::sum);
            accessible.merge(vehicle, scheduled.accessibleSeats(), Integer::sum);
        }
        assertThat(seated.values()).allMatch(persons -> persons <= 40);
        assertThat(accessible.values()).allMatch(seats -> seats <= 2);
        assertThat(proposal.scheduled().size() + proposal.unplaced().size()).isEqualTo(households.size());
        assertThat(proposal.scheduledPersons()).isGreaterThan(1_500);
        assertThat(proposal.unplaced())
                .extracting(UnplacedHousehold::reason)
                .containsAnyOf(UnplacedReason.NO_SEAT_LEFT, UnplacedReason.NO_ACCESSIBLE_SEAT_LEFT);
    }

    @Test
    void theEarliestIntentionGoesFirstAndALaterSmallerHouseholdFillsTheGap() {
        ReadyHousehold first = household("LBN", "", 30, 0, MONDAY.minusDays(30));
        ReadyHousehold large = household("LBN", "", 15, 0, MONDAY.minusDays(20));
        ReadyHousehold small = household("LBN", "", 10, 0, MONDAY.minusDays(10));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(departure("a", "LBN", "X1", MONDAY, buses("a", 1, 40, 0))),
                List.of(new MonthlyTarget("LBN", MARCH, "", 1_000)),
                List.of(small, large, first)));

        assertThat(proposal.scheduled())
                .extracting(ScheduledHousehold::householdId)
                .containsExactly(first.householdId(), small.householdId());
        assertThat(proposal.unplaced())
                .containsExactly(new UnplacedHousehold(large.householdId(), UnplacedReason.NO_SEAT_LEFT));
    }

    @Test
    void earlierIntentionsLeaveOnEarlierDays() {
        ReadyHousehold earlier = household("TUR", "", 40, 0, MONDAY.minusDays(50));
        ReadyHousehold later = household("TUR", "", 40, 0, MONDAY.minusDays(5));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(
                        departure("friday", "TUR", "X2", MONDAY.plusDays(4), buses("f", 1, 40, 0)),
                        departure("tuesday", "TUR", "X2", MONDAY.plusDays(1), buses("t", 1, 40, 0))),
                List.of(new MonthlyTarget("TUR", MARCH, "", 1_000)),
                List.of(later, earlier)));

        assertThat(proposal.scheduled())
                .extracting(ScheduledHousehold::householdId, ScheduledHousehold::departureKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier.householdId(), "tuesday"),
                        org.assertj.core.groups.Tuple.tuple(later.householdId(), "friday"));
    }

    @Test
    void whoNeedsAnAccessibleSeatRidesWhereOneIsFreeAndIsLeftWithTheReasonWhenNoneIs() {
        ReadyHousehold needing = household("LBN", "", 3, 1, MONDAY.minusDays(30));
        ReadyHousehold alsoNeeding = household("LBN", "", 2, 1, MONDAY.minusDays(20));
        List<VehicleCapacity> vehicles =
                List.of(new VehicleCapacity("plain", 40, 0), new VehicleCapacity("lift", 40, 1));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(departure("a", "LBN", "X1", MONDAY, vehicles)),
                List.of(new MonthlyTarget("LBN", MARCH, "", 1_000)),
                List.of(needing, alsoNeeding)));

        assertThat(proposal.scheduled())
                .containsExactly(new ScheduledHousehold(needing.householdId(), "a", "lift", 3, 1));
        assertThat(proposal.unplaced())
                .containsExactly(
                        new UnplacedHousehold(alsoNeeding.householdId(), UnplacedReason.NO_ACCESSIBLE_SEAT_LEFT));
    }

    @Test
    void othersLeaveTheAccessibleSeatsToThoseWhoNeedThem() {
        ReadyHousehold family = household("LBN", "", 3, 0, MONDAY.minusDays(30));
        List<VehicleCapacity> vehicles = List.of(new VehicleCapacity("lift", 4, 2), new VehicleCapacity("plain", 4, 0));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(departure("a", "LBN", "X1", MONDAY, vehicles)),
                List.of(new MonthlyTarget("LBN", MARCH, "", 1_000)),
                List.of(family)));

        assertThat(proposal.scheduled())
                .containsExactly(new ScheduledHousehold(family.householdId(), "a", "plain", 3, 0));
    }

    @Test
    void aWeekTakesItsShareOfWhatIsLeftOfTheMonthsTarget() {
        List<ReadyHousehold> households = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            households.add(household("LBN", "", 1, 0, MONDAY.minusDays(100 - index)));
        }
        // 7 of March's 31 days: ceil(62 * 7 / 31) = 14 persons this week.
        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(departure("a", "LBN", "X1", MONDAY, buses("a", 1, 40, 0))),
                List.of(new MonthlyTarget("LBN", MARCH, "", 62)),
                households));

        assertThat(proposal.scheduledPersons()).isEqualTo(14);
        assertThat(proposal.scheduled())
                .extracting(ScheduledHousehold::householdId)
                .containsExactlyElementsOf(households.subList(0, 14).stream()
                        .map(ReadyHousehold::householdId)
                        .toList());
        assertThat(proposal.unplaced())
                .extracting(UnplacedHousehold::reason)
                .containsOnly(UnplacedReason.TARGET_REACHED);
    }

    @Test
    void aWeekAcrossTwoMonthsTakesEachMonthsShareOnItsOwnDays() {
        LocalDate monday = LocalDate.of(2027, 3, 29);
        List<ReadyHousehold> households = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            households.add(household("LBN", "", 1, 0, monday.minusDays(100 - index)));
        }
        // March 29-31 are all that is left of March: its whole 5; April 1-4 are 4 of April's 30 days: ceil(60 * 4 / 30)
        // = 8.
        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                monday,
                List.of(
                        departure("march", "LBN", "X1", monday, buses("m", 1, 40, 0)),
                        departure("april", "LBN", "X1", monday.plusDays(3), buses("a", 1, 40, 0))),
                List.of(
                        new MonthlyTarget("LBN", MARCH, "", 5),
                        new MonthlyTarget("LBN", YearMonth.of(2027, 4), "", 60)),
                households));

        Map<String, Integer> persons = proposal.scheduled().stream()
                .collect(Collectors.toMap(ScheduledHousehold::departureKey, ScheduledHousehold::persons, Integer::sum));
        assertThat(persons).containsEntry("march", 5).containsEntry("april", 8);
    }

    @Test
    void aCrossingsOwnTargetAndTheCountrysTargetBothHold() {
        List<ReadyHousehold> households = new ArrayList<>();
        for (int index = 0; index < 10; index++) {
            households.add(household("JOR", "", 4, 0, MONDAY.minusDays(100 - index)));
        }
        List<MonthlyTarget> targets =
                List.of(new MonthlyTarget("JOR", MARCH, "NASIB", 31), new MonthlyTarget("JOR", MARCH, "", 1_000));
        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY, List.of(departure("a", "JOR", "NASIB", MONDAY, buses("a", 2, 40, 0))), targets, households));

        // the crossing's share is ceil(31 * 7 / 31) = 7 persons: one household of 4, not two
        assertThat(proposal.scheduledPersons()).isEqualTo(4);
    }

    @Test
    void aHouseholdKeepsToTheCrossingItsJourneyNames() {
        ReadyHousehold bound = household("LBN", "MASNAA", 4, 0, MONDAY.minusDays(30));
        ReadyHousehold free = household("LBN", "", 4, 0, MONDAY.minusDays(20));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(departure("a", "LBN", "JOUSIEH", MONDAY, buses("a", 1, 40, 0))),
                List.of(new MonthlyTarget("LBN", MARCH, "", 1_000)),
                List.of(bound, free)));

        assertThat(proposal.scheduled())
                .extracting(ScheduledHousehold::householdId)
                .containsExactly(free.householdId());
        assertThat(proposal.unplaced())
                .containsExactly(new UnplacedHousehold(bound.householdId(), UnplacedReason.NO_DEPARTURE));
    }

    @Test
    void everyHouseholdLeftOverSaysWhy() {
        ReadyHousehold nowhere = household("IRQ", "", 3, 0, MONDAY.minusDays(40));
        ReadyHousehold untargeted = household("EGY", "", 3, 0, MONDAY.minusDays(40));
        ReadyHousehold huge = household("LBN", "", 45, 0, MONDAY.minusDays(40));
        ReadyHousehold manyNeeds = household("LBN", "", 5, 3, MONDAY.minusDays(40));

        ScheduleProposal proposal = scheduler.schedule(new SchedulingProblem(
                MONDAY,
                List.of(
                        departure("a", "LBN", "X1", MONDAY, buses("a", 1, 40, 2)),
                        departure("b", "EGY", "X9", MONDAY, buses("b", 1, 40, 2))),
                List.of(new MonthlyTarget("LBN", MARCH, "", 1_000)),
                List.of(nowhere, untargeted, huge, manyNeeds)));

        assertThat(proposal.scheduled()).isEmpty();
        Map<UUID, UnplacedReason> reasons = proposal.unplaced().stream()
                .collect(Collectors.toMap(UnplacedHousehold::householdId, UnplacedHousehold::reason));
        assertThat(reasons)
                .containsEntry(nowhere.householdId(), UnplacedReason.NO_DEPARTURE)
                .containsEntry(untargeted.householdId(), UnplacedReason.NO_TARGET)
                .containsEntry(huge.householdId(), UnplacedReason.LARGER_THAN_ANY_VEHICLE)
                .containsEntry(manyNeeds.householdId(), UnplacedReason.MORE_ACCESSIBLE_NEEDS_THAN_ANY_VEHICLE);
    }

    @Test
    void theSameProblemGivesTheSameProposalWhateverTheOrderItCameIn() {
        Random random = new Random(7);
        List<ReadyHousehold> households = new ArrayList<>();
        for (int index = 0; index < 300; index++) {
            households.add(household(
                    random.nextBoolean() ? "LBN" : "TUR",
                    "",
                    1 + random.nextInt(8),
                    random.nextInt(8) == 0 ? 1 : 0,
                    MONDAY.minusDays(random.nextInt(20))));
        }
        List<Departure> departures = new ArrayList<>(List.of(
                departure("l1", "LBN", "X1", MONDAY, buses("l1", 5, 40, 2)),
                departure("t1", "TUR", "X2", MONDAY.plusDays(1), buses("t1", 5, 40, 2)),
                departure("l2", "LBN", "X1", MONDAY.plusDays(3), buses("l2", 5, 40, 2))));
        List<MonthlyTarget> targets =
                List.of(new MonthlyTarget("LBN", MARCH, "", 1_500), new MonthlyTarget("TUR", MARCH, "", 400));

        ScheduleProposal once = scheduler.schedule(new SchedulingProblem(MONDAY, departures, targets, households));
        List<ReadyHousehold> shuffled = new ArrayList<>(households);
        Collections.shuffle(shuffled, new Random(11));
        Collections.reverse(departures);
        ScheduleProposal again = scheduler.schedule(new SchedulingProblem(MONDAY, departures, targets, shuffled));

        assertThat(again).isEqualTo(once);
        assertThat(once.scheduled()).isNotEmpty();
    }

    private ReadyHousehold household(String country, String crossing, int persons, int needing, LocalDate intended) {
        sequence++;
        return new ReadyHousehold(
                new UUID(0, sequence),
                country,
                crossing,
                persons,
                needing,
                intended,
                intended.minusDays(60),
                "HW-%07d".formatted(sequence));
    }

    private static Departure departure(
            String key, String country, String crossing, LocalDate day, List<VehicleCapacity> vehicles) {
        return new Departure(key, country, crossing, day, vehicles);
    }

    private static List<VehicleCapacity> buses(String prefix, int count, int seats, int accessible) {
        List<VehicleCapacity> buses = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            buses.add(new VehicleCapacity(prefix + "-" + index, seats, accessible));
        }
        return buses;
    }
}
