package org.homeward.allocation;

import java.time.LocalDate;

/**
 * The planned arrival days an allocation run covers, both included.
 *
 * @param from the first day
 * @param to   the last day, not before the first
 */
public record ArrivalWindow(LocalDate from, LocalDate to) {

    public ArrivalWindow {
        if (from == null || to == null) {
            throw new InvalidAllocationRunException("An arrival window needs its first and its last day");
        }
        if (to.isBefore(from)) {
            throw new InvalidAllocationRunException("The last day of the window comes before its first day");
        }
    }
}
