package org.homeward.registry;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The consent a household gives when it registers, sent with the registration: the same answers the
 * registration form asks for, recorded in the registration's transaction or refused with it.
 *
 * @param purposes what the data may be used for: REGISTRATION, ASSISTANCE, REFERRAL, STATISTICS
 * @param partners the partners referral may go to (needed with REFERRAL)
 * @param givenBy  who gave consent, e.g. "principal"
 * @param method   how it was given: VERBAL, WRITTEN or DIGITAL
 */
public record RegistrationConsent(
        @Size(max = 10) List<String> purposes,
        @Size(max = 50) List<String> partners,
        String givenBy,
        String method) {

    public RegistrationConsent {
        purposes = purposes == null ? List.of() : purposes;
        partners = partners == null ? List.of() : partners;
    }

    /** The consent as the household page records it, against the household's first version. */
    ConsentRequest toRequest() {
        return new ConsentRequest(0, purposes, partners, givenBy, method);
    }
}
