package org.homeward.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** The voluntariness API: a household's records, recording, withdrawal, re-confirmation, and the protection queue. */
@RestController
@RequestMapping("/api/v1/voluntariness")
@Tag(name = "Voluntariness", description = "Each adult's own decision to return, its withdrawal and re-confirmation")
class VoluntarinessApiController {

    private final VoluntarinessReader reader;
    private final VoluntarinessService voluntariness;
    private final VoluntarinessReconfirmations reconfirmations;
    private final ProtectionReviewQueue queue;

    VoluntarinessApiController(
            VoluntarinessReader reader,
            VoluntarinessService voluntariness,
            VoluntarinessReconfirmations reconfirmations,
            ProtectionReviewQueue queue) {
        this.reader = reader;
        this.voluntariness = voluntariness;
        this.reconfirmations = reconfirmations;
        this.queue = queue;
    }

    @GetMapping("/households/{id}")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    @Operation(
            summary = "Who in the household must decide, their records and re-confirmations, and the destination "
                    + "briefing with the digest a form must send back; the read is audited")
    VoluntarinessHousehold household(@PathVariable UUID id) {
        return reader.view(id);
    }

    @PostMapping("/households/{id}/members/{memberId}/records")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    @Operation(
            summary =
                    "Record one person's voluntariness form; 400 PLACE_IN_CUSTODY at a place of detention or "
                            + "custody, 409 ALREADY_RECORDED while a record stands, 409 BRIEFING_CHANGED when the briefing shown is stale")
    ResponseEntity<VoluntarinessRecord> record(
            @PathVariable UUID id, @PathVariable UUID memberId, @RequestBody RecordVoluntarinessRequest request) {
        VoluntarinessRecord record = voluntariness.record(id, memberId, request);
        return ResponseEntity.created(URI.create("/api/v1/voluntariness/households/" + id))
                .body(record);
    }

    @PostMapping("/households/{id}/members/{memberId}/withdrawal")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    @Operation(
            summary = "Withdraw the person's decision (reason optional, kept as protection data); the household "
                    + "comes off its movement; 409 NOT_RECORDED when nothing stands")
    VoluntarinessRecord withdraw(
            @PathVariable UUID id, @PathVariable UUID memberId, @RequestBody WithdrawVoluntarinessRequest request) {
        return voluntariness.withdraw(id, memberId, request);
    }

    @PostMapping("/households/{id}/members/{memberId}/reconfirmations")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    @Operation(
            summary = "Re-confirm the person's decision for a movement on its departure day; 409 SAME_OFFICER "
                    + "when asked by the officer who recorded the form, 409 NOT_DEPARTURE_DAY on any other day")
    VoluntarinessReconfirmation reconfirm(
            @PathVariable UUID id, @PathVariable UUID memberId, @RequestBody ReconfirmVoluntarinessRequest request) {
        return reconfirmations.reconfirm(id, memberId, request);
    }

    @GetMapping("/signals")
    @PreAuthorize(ProtectionRoles.PROTECTION_REVIEWERS)
    @Operation(summary = "The protection review queue: coercion signals waiting (and reviewed ones with reviewed=true)")
    List<CoercionSignal> signals(@RequestParam(defaultValue = "false") boolean reviewed) {
        return queue.signals(reviewed);
    }

    @PostMapping("/signals/{signalId}/review")
    @PreAuthorize(ProtectionRoles.PROTECTION_REVIEWERS)
    @Operation(
            summary = "Record what the review of a signal found (NO_CONCERN, REFERRED_TO_PROTECTION, RECORDS_REDONE) "
                    + "and a note; 409 SIGNAL_ALREADY_REVIEWED the second time")
    CoercionSignal review(@PathVariable String signalId, @RequestBody ProtectionReviewRequest request) {
        return queue.review(signalId, request);
    }
}
