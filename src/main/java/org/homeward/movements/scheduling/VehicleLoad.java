package org.homeward.movements.scheduling;

import java.util.List;

/**
 * The seats still free in one departure's vehicles while it is being filled. Who needs an accessible
 * seat takes one; everyone else takes an ordinary seat, and an accessible one only when no ordinary
 * seat is left in that vehicle.
 */
final class VehicleLoad {

    private final List<VehicleCapacity> vehicles;
    private final int[] ordinaryFree;
    private final int[] accessibleFree;

    VehicleLoad(List<VehicleCapacity> vehicles) {
        this.vehicles = vehicles;
        ordinaryFree = new int[vehicles.size()];
        accessibleFree = new int[vehicles.size()];
        for (int index = 0; index < vehicles.size(); index++) {
            ordinaryFree[index] =
                    vehicles.get(index).seats() - vehicles.get(index).accessibleSeats();
            accessibleFree[index] = vehicles.get(index).accessibleSeats();
        }
    }

    /**
     * The vehicle the whole household fits best: it fits if it has a seat for everyone and an accessible
     * seat for everyone who needs one; among those, the one whose accessible seats the others take least,
     * then the one left fullest, then the first offered. Answers -1 when none fits.
     */
    int bestFor(ReadyHousehold household) {
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int index = 0; index < ordinaryFree.length; index++) {
            if (!fits(index, household.persons(), household.needingAccessibleSeat())) {
                continue;
            }
            int others = household.persons() - household.needingAccessibleSeat();
            int accessibleTakenByOthers = Math.max(0, others - ordinaryFree[index]);
            int freeAfter = free(index) - household.persons();
            long score = (long) accessibleTakenByOthers * 1_000_000L + freeAfter;
            if (score < bestScore) {
                best = index;
                bestScore = score;
            }
        }
        return best;
    }

    /** Seats the household in the vehicle; answers how many accessible seats it took. */
    int seat(int index, ReadyHousehold household) {
        int others = household.persons() - household.needingAccessibleSeat();
        int ordinary = Math.min(others, ordinaryFree[index]);
        int accessible = household.persons() - ordinary;
        ordinaryFree[index] -= ordinary;
        accessibleFree[index] -= accessible;
        return accessible;
    }

    boolean anySeatFree() {
        for (int index = 0; index < ordinaryFree.length; index++) {
            if (free(index) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The most seats free in any one vehicle. */
    int mostFreeSeats() {
        int most = 0;
        for (int index = 0; index < ordinaryFree.length; index++) {
            most = Math.max(most, free(index));
        }
        return most;
    }

    String label(int index) {
        return vehicles.get(index).label();
    }

    int size() {
        return vehicles.size();
    }

    private boolean fits(int index, int persons, int needingAccessible) {
        return free(index) >= persons && accessibleFree[index] >= needingAccessible;
    }

    private int free(int index) {
        return ordinaryFree[index] + accessibleFree[index];
    }
}
