package org.homeward.movements.scheduling;

/**
 * A vehicle offered for a departure: its label, its seats and how many of them are accessible.
 */
public record VehicleCapacity(String label, int seats, int accessibleSeats) {

    public VehicleCapacity {
        if (label == null || label.isBlank() || seats < 1 || accessibleSeats < 0 || accessibleSeats > seats) {
            throw new IllegalArgumentException(
                    "A vehicle has a label, at least one seat, and no more accessible " + "seats than seats");
        }
    }
}
