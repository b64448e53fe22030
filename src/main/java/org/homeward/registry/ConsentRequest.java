package org.homeward.registry;

import java.util.List;

/**
 * Consent as recorded: the purposes (REGISTRATION, ASSISTANCE, REFERRAL, STATISTICS), the partners
 * referral may go to, who gave it (e.g. "principal") and how (VERBAL, WRITTEN, DIGITAL).
 */
public record ConsentRequest(long version, List<String> purposes, List<String> partners, String givenBy, String method) {
    public ConsentRequest {
        purposes = purposes == null ? List.of() : purposes;
        partners = partners == null ? List.of() : partners;
    }
}
