package org.homeward.linkage;

import jakarta.validation.Valid;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The on-entry check over the API: a household as it would be registered, answered before it is saved. */
@RestController
@PreAuthorize("hasAnyRole('REGISTRATION_OFFICER', 'COORDINATOR', 'ADMIN')")
class LikelyDuplicateApiController {

    private final LikelyDuplicateService service;

    LikelyDuplicateApiController(LikelyDuplicateService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/households/likely-duplicates")
    LikelyDuplicates check(@Valid @RequestBody RegisterHouseholdRequest request) {
        return service.check(request);
    }
}
