package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Consent and data-subject requests of a household, through the API. */
@RestController
@RequestMapping("/api/v1/households/{id}")
@Tag(
        name = "Consent and requests",
        description = "What a household's data may be used for; people's requests about their data")
class HouseholdRightsApiController {

    private final ConsentService consents;
    private final DataSubjectRequestService requests;

    HouseholdRightsApiController(ConsentService consents, DataSubjectRequestService requests) {
        this.consents = consents;
        this.requests = requests;
    }

    @GetMapping("/consent")
    Consent consent(@PathVariable UUID id) {
        return consents.consentOf(id);
    }

    @PutMapping("/consent")
    @Operation(summary = "Record the consent given: purposes, partners for referral, who gave it and how")
    Consent recordConsent(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request, Principal principal) {
        return consents.record(id, request, principal.getName());
    }

    @GetMapping("/requests")
    List<DataSubjectRequest> requests(@PathVariable UUID id) {
        return requests.of(id);
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a person's request: ACCESS (what is held), CORRECTION or DELETION")
    DataSubjectRequest open(@PathVariable UUID id, @RequestBody OpenRequest request, Principal principal) {
        return requests.open(id, request.individualId(), request.kind(), request.details(), principal.getName());
    }

    @PostMapping("/requests/{requestId}/complete")
    @Operation(summary = "Complete a request; a DELETION erases the person's personal fields now")
    DataSubjectRequest complete(
            @PathVariable UUID id,
            @PathVariable long requestId,
            @RequestBody CompleteRequest request,
            Principal principal) {
        return requests.complete(id, requestId, request.outcome(), principal.getName());
    }

    /** A new data-subject request. */
    record OpenRequest(UUID individualId, String kind, String details) {}

    /** How a request ended. */
    record CompleteRequest(String outcome) {}
}
