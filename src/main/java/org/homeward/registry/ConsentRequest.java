package org.homeward.registry;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Consent as recorded: the purposes (REGISTRATION, ASSISTANCE, REFERRAL, STATISTICS), the partners
 * referral may go to, who gave it (e.g. "principal") and how (VERBAL, WRITTEN, DIGITAL).
 */
public record ConsentRequest(
        long version,
        @Size(max = 10) List<String> purposes,
        @Size(max = 50) List<String> partners,
        String givenBy,
        String method) {
    public ConsentRequest {
        purposes = purposes == null ? List.of() : purposes;
        partners = partners == null ? List.of() : partners;
    }
}
