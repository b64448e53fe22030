package org.homeward.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The follow-up visits API: visits due, what a visit found, and the figures for a plan's funnel. */
@RestController
@RequestMapping("/api/v1/follow-ups")
@PreAuthorize(BoardingRoles.COORDINATE)
@Tag(name = "Follow-up visits", description = "Visits to returned households 3 and 6 months after arrival")
class FollowUpApiController {

    private final FollowUpService followUps;

    FollowUpApiController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @Operation(summary = "Visits due within two weeks and not yet made, the soonest first")
    List<FollowUpLine> due() {
        return followUps.due();
    }

    @GetMapping("/figures")
    @Operation(
            summary = "Persons at home at 3 and 6 months, displaced again, not found, and visits due; of one plan "
                    + "or of every movement")
    FollowUpFigures figures(@RequestParam(required = false) UUID plan) {
        return followUps.figures(plan);
    }

    @PostMapping("/{id}")
    @Operation(
            summary =
                    "Record what a visit found: AT_HOME, DISPLACED_AGAIN (with displacedTo, a P-code or a place name, and reason) or "
                            + "NOT_FOUND; 409 FOLLOW_UP_ALREADY_RECORDED")
    FollowUpVisit record(@PathVariable String id, @RequestBody FollowUpRequest request, Principal principal) {
        return followUps.record(id, request, principal.getName());
    }
}
