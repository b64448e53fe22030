package org.homeward.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The arrival API: boarded against arrived per person, and closing a movement's arrival. */
@RestController
@RequestMapping("/api/v1/movements")
@PreAuthorize(BoardingRoles.RECORD_ARRIVAL)
@Tag(name = "Arrival", description = "Reconciling who boarded against who arrived")
class ArrivalApiController {

    private final ArrivalService arrivals;

    ArrivalApiController(ArrivalService arrivals) {
        this.arrivals = arrivals;
    }

    @GetMapping("/{id}/reconciliation")
    @Operation(summary = "Boarded against arrived, per person, with the alerts raised for those missing")
    ReconciliationView reconciliation(@PathVariable String id) {
        return arrivals.reconciliation(id);
    }

    @PostMapping("/{id}/arrival")
    @Operation(
            summary = "Close the arrival of a departed movement with the persons who arrived; everyone else who "
                    + "boarded is missing and raises an alert. Journeys move to AT_RECEPTION or RETURNED_HOME. "
                    + "409 MOVEMENT_NOT_DEPARTED or ARRIVAL_ALREADY_CLOSED")
    ArrivalOutcome close(@PathVariable String id, @RequestBody ArrivalRequest request, Principal principal) {
        return arrivals.close(id, request, principal.getName());
    }
}
