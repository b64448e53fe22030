package org.homeward.registry;

import java.util.List;

/**
 * Published for each batch of households a bulk import writes, inside the batch's transaction: the
 * bulk counterpart of {@link HouseholdRecorded}, carrying the households as written so that a
 * listener (such as documentation's proposals) needs no read of its own per household. A large
 * import publishes one per batch, never one per household.
 *
 * @param households the households of the batch, with their members' ids and their references
 */
public record HouseholdsImported(List<Household> households) {

    public HouseholdsImported {
        households = List.copyOf(households);
    }
}
