package org.homeward.movements.scheduling;

import java.util.UUID;

/** A household the proposal puts on a departure, all of it in one vehicle. */
public record ScheduledHousehold(
        UUID householdId, String departureKey, String vehicleLabel, int persons, int accessibleSeats) {}
