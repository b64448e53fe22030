package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new movement.
 *
 * @param planId          the return plan it belongs to (optional)
 * @param kind            ORGANISED_RETURN or GO_AND_SEE
 * @param departsOn       {@code YYYY-MM-DD}
 * @param returnsOn       for a go-and-see visit, the day it comes back
 * @param asylumCountry   the ISO3 code of the country it leaves from (empty for a movement inside Syria)
 * @param crossingCode    the crossing point's code
 * @param destinationKind RECEPTION (places booked in reception centres) or HOME
 */
public record CreateMovementRequest(
        String planId,
        String kind,
        String departsOn,
        String returnsOn,
        String departurePoint,
        String asylumCountry,
        String crossingCode,
        String destinationKind,
        @Size(max = 200) List<Vehicle> vehicles) {}
