package org.homeward.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coordinators' queue of persons who boarded and did not arrive. */
@RestController
@RequestMapping("/api/v1/movement-alerts")
@PreAuthorize(BoardingRoles.COORDINATE)
@Tag(name = "Missing persons", description = "Alerts for persons who boarded a movement and did not arrive")
class MissingPersonAlertApiController {

    private final MissingPersonAlertService alerts;

    MissingPersonAlertApiController(MissingPersonAlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(
            summary = "The alerts (status OPEN by default, RESOLVED, or every one with status blank), oldest first, "
                    + "with the movement, last known point and time")
    List<MissingPersonLine> queue(@RequestParam(defaultValue = "OPEN") String status) {
        return alerts.queue(status);
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve an open alert with a note saying what became of the person")
    MissingPersonAlert resolve(
            @PathVariable String id, @RequestBody MissingPersonResolution resolution, Principal principal) {
        return alerts.resolve(id, resolution, principal.getName());
    }
}
