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

/** The boarding API: the manifest at boarding, boarding a household by its slip, and households that did not come. */
@RestController
@RequestMapping("/api/v1/movements")
@PreAuthorize(BoardingRoles.BOARD)
@Tag(name = "Boarding", description = "Households boarding a movement on its departure day")
class BoardingApiController {

    private final BoardingService boarding;

    BoardingApiController(BoardingService boarding) {
        this.boarding = boarding;
    }

    @GetMapping("/{id}/boarding")
    @Operation(summary = "The movement's manifest with who has boarded, who did not come and who is still to board")
    BoardingSheet sheet(@PathVariable String id) {
        return boarding.sheet(id);
    }

    @PostMapping("/{id}/boarding")
    @Operation(
            summary =
                    "Board a household by the text scanned from its slip (HW1.<reference>.<signature>) or its "
                            + "reference typed by hand; travellers listed in noShows stay behind. 400 SLIP_REFUSED for a forged or "
                            + "altered slip, 409 HOUSEHOLD_NOT_ON_MOVEMENT, HOUSEHOLD_ALREADY_BOARDED, BOARDING_NOT_TODAY or BOARDING_CLOSED")
    BoardingOutcome board(@PathVariable String id, @RequestBody BoardingRequest request, Principal principal) {
        return boarding.board(id, request, principal.getName());
    }

    @PostMapping("/{id}/no-shows")
    @Operation(
            summary = "Record that nobody of a household on the manifest came; it comes off the manifest as a no-show")
    BoardingOutcome noShow(@PathVariable String id, @RequestBody BoardingNoShowRequest request, Principal principal) {
        return boarding.noShow(id, request, principal.getName());
    }
}
