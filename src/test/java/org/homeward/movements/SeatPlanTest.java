package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatPlanTest {

    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    @Test
    void aHouseholdRidesInTheFirstVehicleWithRoomForAllOfIt() {
        SeatPlan plan = new SeatPlan(
                List.of(new Vehicle("A", 3, 0), new Vehicle("B", 5, 1)), List.of(new SeatPlan.Seat("A", false)));
        List<SeatPlan.Waiting> household = waiting(FIRST, 3, -1);

        Map<UUID, SeatPlan.Seat> seats = plan.assign(household);

        assertThat(seats.values()).extracting(SeatPlan.Seat::vehicleLabel).containsOnly("B");
    }

    @Test
    void whoNeedsAnAccessibleSeatGetsItBeforeTheirRelativesTakeIt() {
        SeatPlan plan = new SeatPlan(List.of(new Vehicle("A", 2, 1)), List.of());
        List<SeatPlan.Waiting> household = waiting(FIRST, 2, 1);

        Map<UUID, SeatPlan.Seat> seats = plan.assign(household);

        assertThat(seats.get(household.get(1).individualId())).isEqualTo(new SeatPlan.Seat("A", true));
        assertThat(seats.get(household.get(0).individualId())).isEqualTo(new SeatPlan.Seat("A", false));
    }

    @Test
    void aHouseholdWithoutAVehicleWithRoomIsSpreadAndWhoFindsNoSeatIsLeftWithout() {
        SeatPlan plan = new SeatPlan(
                List.of(new Vehicle("A", 2, 0), new Vehicle("B", 2, 0)),
                List.of(new SeatPlan.Seat("A", false), new SeatPlan.Seat("B", false)));
        List<SeatPlan.Waiting> first = waiting(FIRST, 1, -1);
        List<SeatPlan.Waiting> second = waiting(SECOND, 2, -1);
        List<SeatPlan.Waiting> everyone = new java.util.ArrayList<>(first);
        everyone.addAll(second);

        Map<UUID, SeatPlan.Seat> seats = plan.assign(everyone);

        assertThat(seats.get(first.get(0).individualId()).vehicleLabel()).isEqualTo("A");
        assertThat(seats.get(second.get(0).individualId()).vehicleLabel()).isEqualTo("B");
        assertThat(seats).doesNotContainKey(second.get(1).individualId());
    }

    @Test
    void onlyWhenNoOrdinarySeatIsLeftDoesSomeoneElseTakeAnAccessibleOne() {
        SeatPlan plan = new SeatPlan(List.of(new Vehicle("A", 2, 1)), List.of());

        Map<UUID, SeatPlan.Seat> seats = plan.assign(waiting(FIRST, 2, -1));

        assertThat(seats.values()).extracting(SeatPlan.Seat::accessible).containsExactlyInAnyOrder(false, true);
    }

    private static List<SeatPlan.Waiting> waiting(UUID household, int persons, int needingAccessible) {
        List<SeatPlan.Waiting> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < persons; i++) {
            waiting.add(new SeatPlan.Waiting(household, UUID.randomUUID(), i == needingAccessible));
        }
        return waiting;
    }
}
