package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Offline edits of households sent by devices, and the conflicts they leave for supervisors to decide. */
@RestController
@Tag(
        name = "Offline edits",
        description = "Edits made offline, merged field by field; conflicts decided by supervisors")
class OfflineEditApiController {

    private final OfflineEdits edits;
    private final EditConflicts conflicts;

    OfflineEditApiController(OfflineEdits edits, EditConflicts conflicts) {
        this.edits = edits;
        this.conflicts = conflicts;
    }

    @PostMapping("/api/v1/households/{id}/offline-edits")
    @Operation(
            summary =
                    "Send an edit made offline with the version it started from; fields nobody else changed are "
                            + "applied, a field changed on both sides becomes a conflict; a resend with the same clientId changes nothing")
    OfflineEditOutcome submit(
            @PathVariable UUID id, @Valid @RequestBody OfflineEditRequest request, Principal principal) {
        return edits.submit(id, request, principal.getName());
    }

    @GetMapping("/api/v1/edit-conflicts")
    @Operation(summary = "The open conflicts of offline edits in your scope (phones and documents masked)")
    List<EditConflicts.OpenConflict> open() {
        return conflicts.open();
    }

    @PostMapping("/api/v1/edit-conflicts/{conflictId}/resolution")
    @Operation(
            summary = "Decide a conflict: THEIRS keeps the value now, YOURS takes the device's, CORRECTED takes value")
    EditConflict resolve(@PathVariable long conflictId, @RequestBody ResolutionRequest request, Principal principal) {
        return conflicts.resolve(conflictId, request.choice(), request.value(), principal.getName());
    }

    /** A supervisor's decision on a conflict: which value wins, and the value when it is typed. */
    record ResolutionRequest(String choice, String value) {}
}
