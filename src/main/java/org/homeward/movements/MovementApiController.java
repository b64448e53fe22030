package org.homeward.movements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The movements API: movements, their manifests, checks, decisions and departure. Departure takes
 * no body and no parameter: nothing sent with it can skip a check.
 */
@RestController
@RequestMapping("/api/v1/movements")
@Tag(name = "Movements", description = "Organised returns and go-and-see visits, manifests, departure checks")
class MovementApiController {

    private final MovementService movements;
    private final ManifestService manifests;
    private final DepartureDecisions decisions;
    private final ManifestEntries entries;
    private final VerdictViews views;

    MovementApiController(
            MovementService movements,
            ManifestService manifests,
            DepartureDecisions decisions,
            ManifestEntries entries,
            VerdictViews views) {
        this.movements = movements;
        this.manifests = manifests;
        this.decisions = decisions;
        this.entries = entries;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    @Operation(summary = "The latest movements")
    List<Movement> list() {
        return movements.latest();
    }

    @PostMapping
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Create a movement with its vehicles")
    ResponseEntity<Movement> create(@Valid @RequestBody CreateMovementRequest request, Principal principal) {
        Movement movement = movements.create(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/movements/" + movement.id()))
                .body(movement);
    }

    @GetMapping("/{id}")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    @Operation(summary = "A movement with its vehicles")
    Movement read(@PathVariable String id) {
        return movements.find(MovementIds.movement(id));
    }

    @GetMapping("/{id}/manifest")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    @Operation(summary = "Every household ever on the manifest; members and references only within your scope")
    List<ManifestEntry> manifest(@PathVariable String id) {
        Movement movement = movements.find(MovementIds.movement(id));
        return entries.of(movement, movements.manifest(movement.id()));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    @Operation(summary = "The movement's history: who did what, when")
    List<MovementEvent> history(@PathVariable String id) {
        return movements.history(MovementIds.movement(id));
    }

    @PostMapping("/{id}/households")
    @PreAuthorize(MovementRoles.SCHEDULE)
    @Operation(summary = "Put a household on the manifest by reference; members who stay behind need a reason each")
    ResponseEntity<ManifestHousehold> add(
            @PathVariable String id, @Valid @RequestBody AddHouseholdRequest request, Principal principal) {
        ManifestHousehold added = manifests.add(MovementIds.movement(id), request, principal.getName());
        return ResponseEntity.status(201).body(added);
    }

    @PostMapping("/{id}/households/{householdId}/removal")
    @PreAuthorize(MovementRoles.SCHEDULE)
    @Operation(summary = "Take a household off the manifest, with the reason (nothing is deleted)")
    ManifestHousehold remove(
            @PathVariable String id,
            @PathVariable String householdId,
            @RequestBody RemoveHouseholdRequest request,
            Principal principal) {
        return manifests.remove(
                MovementIds.movement(id), MovementIds.household(householdId), request, principal.getName());
    }

    @PostMapping("/{id}/households/{householdId}/booking")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Book reception places for a household on the manifest")
    ManifestHousehold book(
            @PathVariable String id,
            @PathVariable String householdId,
            @RequestBody BookingRequest request,
            Principal principal) {
        return manifests.book(
                MovementIds.movement(id), MovementIds.household(householdId), request, principal.getName());
    }

    @GetMapping("/{id}/checks")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    @Operation(summary = "Every check's verdict per household, with reasons in English and Arabic")
    List<VerdictViews.HouseholdView> checks(@PathVariable String id) {
        return views.of(movements.verdicts(MovementIds.movement(id)));
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(summary = "Decide an amber verdict: the reason, and that the household was told and agreed")
    ResponseEntity<DepartureDecision> decide(
            @PathVariable String id, @RequestBody DepartureDecisionRequest request, Principal principal) {
        return ResponseEntity.status(201)
                .body(decisions.decide(MovementIds.movement(id), request, principal.getName()));
    }

    @PostMapping("/{id}/departure")
    @PreAuthorize(MovementRoles.PLAN)
    @Operation(
            summary = "Let the movement depart; refused (409) while any household has a red or undecided amber check")
    Movement depart(@PathVariable String id, Principal principal) {
        return movements.depart(MovementIds.movement(id), principal.getName());
    }
}
