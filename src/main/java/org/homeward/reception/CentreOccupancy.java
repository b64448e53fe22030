package org.homeward.reception;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A centre with its live occupancy: the room taken by open stays, the room left, and the status
 * that follows (FULL when an open centre has no person place or family unit left).
 */
public record CentreOccupancy(Centre centre, Spaces occupied, Spaces free, CentreStatus status) {

    static CentreOccupancy of(Centre centre, Spaces occupied) {
        Spaces free = centre.capacity().freeAfter(occupied);
        return new CentreOccupancy(centre, occupied, free, CentreStatus.of(centre.open(), free));
    }

    /** The share of person places taken, from 0 to 100; 100 for a centre without places. */
    @JsonProperty("percentOccupied")
    public int percentOccupied() {
        int capacity = centre.capacity().persons();
        return capacity == 0 ? 100 : (int) Math.round(100.0 * occupied.persons() / capacity);
    }
}
