package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household on a movement's manifest, as the departure checks see it.
 *
 * @param movementId        the movement
 * @param kind              organised return or go-and-see visit
 * @param departsOn         the day the movement leaves
 * @param judgedOn          the day the checks are run for (today in Syria while planning; the
 *                          departure day at departure)
 * @param householdId       the registry's household
 * @param destinationPcode  where the household is going (community or sub-district P-code)
 * @param travellers        every member of the household, whether travelling or not
 */
public record DepartureCandidate(
        UUID movementId,
        MovementKind kind,
        LocalDate departsOn,
        LocalDate judgedOn,
        UUID householdId,
        String destinationPcode,
        List<Traveller> travellers) {

    public DepartureCandidate {
        travellers = List.copyOf(travellers);
    }

    /** The members who travel on this movement. */
    public List<Traveller> travelling() {
        return travellers.stream().filter(Traveller::travels).toList();
    }
}
