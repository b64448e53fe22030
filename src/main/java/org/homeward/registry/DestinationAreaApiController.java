package org.homeward.registry;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The conditions of a household's destination area, as the contributing feature notes them. */
@RestController
@RequestMapping("/api/v1/households")
class DestinationAreaApiController {

    private final HouseholdQueries households;
    private final ObjectProvider<DestinationAreaNotes> notes;

    DestinationAreaApiController(HouseholdQueries households, ObjectProvider<DestinationAreaNotes> notes) {
        this.households = households;
        this.notes = notes;
    }

    @GetMapping("/{id}/destination-area")
    @Operation(
            summary =
                    "The status of the household's destination area (red, amber, green, unknown); 204 when no feature judges areas")
    ResponseEntity<DestinationAreaNotes.Note> destinationArea(@PathVariable UUID id, Locale locale) {
        String destination = households.view(id).journey().destinationPcode();
        return notes.orderedStream()
                .findFirst()
                .flatMap(contributor -> contributor.noteFor(destination, locale))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
