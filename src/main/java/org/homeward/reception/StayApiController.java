package org.homeward.reception;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stays API: check in, list who is in, check out, transfer, and the history of a household's stays. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(ReceptionRoles.SEE_PEOPLE)
@Tag(name = "Stays", description = "Households checked in to reception centres")
class StayApiController {

    private final StayQueries stays;
    private final StayCommands stayCommands;
    private final BookingCommands bookings;

    StayApiController(StayQueries stays, StayCommands stayCommands, BookingCommands bookings) {
        this.stays = stays;
        this.stayCommands = stayCommands;
        this.bookings = bookings;
    }

    @PostMapping("/centres/{code}/stays")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    @Operation(
            summary =
                    "Check a household in (all members, or some with a reason); a household with places booked "
                            + "here takes them up, one booked elsewhere has that booking released; 409 CENTRE_FULL when there is no room")
    ResponseEntity<Stay> checkIn(
            @PathVariable String code, @Valid @RequestBody CheckInRequest request, Principal principal) {
        Stay stay = stayCommands.checkIn(code, request, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/stays/" + stay.id())).body(stay);
    }

    @GetMapping("/centres/{code}/stays")
    @Operation(
            summary = "The households staying in the centre now, latest first; filter by reference or principal's name")
    ResidentPage residents(
            @PathVariable String code,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return stays.residents(code, text, page, size);
    }

    @GetMapping("/centres/{code}/bookings")
    @Operation(
            summary =
                    "Places booked at the centre for households not arrived yet (accepted allocations), the soonest expected first")
    ResidentPage bookings(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return stays.bookings(code, page, size);
    }

    @PostMapping("/stays/{id}/release")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    @Operation(
            summary = "Release a booking whose household will not come, with the reason; its places are free again. "
                    + "409 STAY_ALREADY_ARRIVED for a household that has arrived")
    Stay release(@PathVariable UUID id, @RequestBody ReleaseBookingRequest request, Principal principal) {
        return bookings.release(id, request.reason(), principal.getName());
    }

    @GetMapping("/stays/{id}")
    @Operation(summary = "A stay")
    Stay read(@PathVariable UUID id) {
        return stays.view(id);
    }

    @GetMapping("/stays")
    @Operation(summary = "Every stay of a household, the latest first")
    List<Stay> ofHousehold(@RequestParam UUID household) {
        return stays.staysOf(household);
    }

    @GetMapping("/stays/history")
    @Operation(summary = "Everything that happened to a household's stays: who, when, where and why")
    List<StayEvent> history(@RequestParam UUID household) {
        return stays.historyOf(household);
    }

    @PostMapping("/stays/{id}/check-out")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    @Operation(summary = "End a stay; outcome RETURNED_HOME moves the journey to RETURNED_HOME")
    Stay checkOut(@PathVariable UUID id, @RequestBody CheckOutRequest request, Principal principal) {
        return stayCommands.checkOut(id, request, principal.getName());
    }

    @PostMapping("/stays/{id}/members")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    @Operation(
            summary = "Members arriving after a partial check-in join the household's stay; 409 CENTRE_FULL "
                    + "when there is no room, MEMBER_ALREADY_STAYING when one of them is staying already")
    Stay join(@PathVariable UUID id, @Valid @RequestBody JoinStayRequest request, Principal principal) {
        return stayCommands.join(id, request, principal.getName());
    }

    @PostMapping("/stays/{id}/transfer")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    @Operation(summary = "Move a stay to another centre, with the reason; answers the new stay")
    ResponseEntity<Stay> transfer(@PathVariable UUID id, @RequestBody TransferRequest request, Principal principal) {
        Stay stay = stayCommands.transfer(id, request, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/stays/" + stay.id())).body(stay);
    }
}
