package org.homeward.allocation.engine;

import java.util.Objects;
import org.homeward.places.GeoPoint;

/**
 * A household waiting for a place in a reception centre; it is placed whole or not at all.
 *
 * @param id               the household's identifier, unique in a problem
 * @param size             persons in the household, at least 1
 * @param accessibleNeeded whether it needs an accessible family unit
 * @param homePcode        P-code of the home community; households with the same code are kept together
 * @param home             centroid of the home community, from which distances are measured
 * @param priority         vulnerability, 0 (none) upwards; higher is placed first
 * @param waitingDays      days waited so far; longer waits are placed first
 */
public record WaitingHousehold(
        String id, int size, boolean accessibleNeeded, String homePcode, GeoPoint home, int priority, int waitingDays) {

    public WaitingHousehold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(homePcode, "homePcode");
        Objects.requireNonNull(home, "home");
        if (size < 1) {
            throw new IllegalArgumentException("household " + id + ": size must be at least 1, not " + size);
        }
        if (priority < 0) {
            throw new IllegalArgumentException("household " + id + ": priority must not be negative");
        }
        if (waitingDays < 0) {
            throw new IllegalArgumentException("household " + id + ": waiting days must not be negative");
        }
    }
}
