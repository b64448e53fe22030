package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The households API: register, read, change, correct and remove members, move journeys, add members, search. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Households, their members, journeys and history")
class HouseholdApiController {

    private final HouseholdQueries households;
    private final JourneyCommands journeys;
    private final HouseholdCommands commands;
    private final HouseholdCorrections corrections;
    private final CheckedRegistration checkedRegistration;

    HouseholdApiController(
            HouseholdQueries households,
            JourneyCommands journeys,
            HouseholdCommands commands,
            HouseholdCorrections corrections,
            CheckedRegistration checkedRegistration) {
        this.checkedRegistration = checkedRegistration;
        this.households = households;
        this.journeys = journeys;
        this.commands = commands;
        this.corrections = corrections;
    }

    @PostMapping
    @Operation(
            summary = "Register a household with its journey and members; 409 HOUSEHOLD_VERY_LIKELY_DUPLICATE while a"
                    + " member very likely is already registered, unless duplicateConfirmation names that household's reference"
                    + " with a reason",
            description = "Send consent (purposes, partners, givenBy, method) to record the consent"
                    + " the household gave at registration with it, in one transaction: consent that breaks its rules refuses"
                    + " the registration with 400 HOUSEHOLD_INVALID naming consent.purposes, consent.partners, consent.givenBy"
                    + " or consent.method, and nothing is written. Each member may carry nationality and birthCountry"
                    + " (ISO 3166-1 alpha-3), birthPlace (a P-code inside Syria) and birthTown (a town outside Syria).")
    ResponseEntity<Household> register(@Valid @RequestBody RegisterHouseholdRequest request, Principal principal) {
        Household household = checkedRegistration.register(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.id()))
                .body(household);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a household with its members and journey")
    Household read(@PathVariable UUID id) {
        return households.view(id);
    }

    @GetMapping("/by-reference/{reference}")
    @Operation(summary = "Read a household by its reference, e.g. HW-7KQ3MZ9TDZ (or HW-0000123 as printed before)")
    Household readByReference(@PathVariable String reference) {
        return households.viewByReference(reference);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a household's details; send the version you read (409 if someone changed it since)")
    Household update(@PathVariable UUID id, @Valid @RequestBody UpdateHouseholdRequest request, Principal principal) {
        return commands.update(id, request, principal.getName());
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a member to a household")
    Household addMember(@PathVariable UUID id, @Valid @RequestBody AddMemberRequest request, Principal principal) {
        return commands.addMember(id, request, principal.getName());
    }

    @PutMapping("/{id}/details")
    @Operation(
            summary =
                    "Correct the registration site and journey details; send the version you read (409 if changed since)")
    Household correctHousehold(
            @PathVariable UUID id, @RequestBody CorrectHouseholdRequest request, Principal principal) {
        return corrections.correctHousehold(id, request, principal.getName());
    }

    @PutMapping("/{id}/members/{memberId}")
    @Operation(summary = "Correct one member; a masked phone or document number sent back is kept as stored")
    Household correctMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @Valid @RequestBody CorrectMemberRequest request,
            Principal principal) {
        return corrections.correctMember(id, memberId, request, principal.getName());
    }

    @PostMapping("/{id}/members/{memberId}/removal")
    @Operation(summary = "Remove a member added by mistake, with a reason the history keeps (not the principal)")
    Household removeMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestBody RemoveMemberRequest request,
            Principal principal) {
        return corrections.removeMember(id, memberId, request, principal.getName());
    }

    @PostMapping("/{id}/journey")
    @Operation(summary = "Move the journey forward (or withdraw it) with a reason")
    Household moveJourney(@PathVariable UUID id, @RequestBody AdvanceJourneyRequest request, Principal principal) {
        // A household outside the caller's scope is not found, whatever the request asks of it.
        households.find(id);
        return journeys.move(request.toCommand(id), principal.getName());
    }

    @PostMapping("/{id}/members/{memberId}/reveal")
    @Operation(
            summary =
                    "See a member's phone and document number in full (shown masked elsewhere); the reason is recorded")
    RevealedFields reveal(@PathVariable UUID id, @PathVariable UUID memberId, @RequestBody RevealRequest request) {
        return households.reveal(id, memberId, request.reason());
    }

    /** Why someone needs to see sensitive fields. */
    record RevealRequest(String reason) {}

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change to the household: who, when, what and why")
    List<HouseholdEvent> history(@PathVariable UUID id) {
        return households.history(id);
    }

    @PostMapping("/search")
    @Operation(
            summary =
                    "Search by a member's name (Arabic or Latin, partial), document number or phone; "
                            + "the criteria go in the body so that they never appear in a URL, a proxy's log or a browser's history")
    SearchPage<HouseholdSummary> search(@Valid @RequestBody HouseholdSearchRequest request) {
        return households.search(
                new SearchCriteria(request.name(), request.document(), request.phone()),
                request.page() == null ? 0 : request.page(),
                request.size() == null ? 20 : request.size());
    }

    /** The old way to search, with the criteria in the URL: refused, and the caller is told the new way. */
    @GetMapping
    @Operation(summary = "Refused: search with POST /api/v1/households/search")
    void searchInUrl() {
        throw new SearchCriteriaInUrlException();
    }
}
