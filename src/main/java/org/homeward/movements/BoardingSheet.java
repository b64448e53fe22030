package org.homeward.movements;

import java.util.List;

/**
 * A movement's manifest at boarding and arrival: each household with its persons, and the counts
 * the reconciliation compares (travelling, boarded, no-shows, arrived, missing).
 */
public record BoardingSheet(
        BoardingMovement movement,
        List<BoardingLine> households,
        int travelling,
        int boarded,
        int noShows,
        int arrived,
        int missing) {

    public BoardingSheet {
        households = List.copyOf(households);
    }
}
