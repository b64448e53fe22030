package org.homeward.movements.scheduling;

import java.util.UUID;

/** A ready household the week could not take, and why. */
public record UnplacedHousehold(UUID householdId, UnplacedReason reason) {}
