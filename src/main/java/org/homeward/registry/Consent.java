package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a household agreed its data may be used for, to which partners it may be referred, and who
 * gave that consent, how and when.
 */
public record Consent(Set<Purpose> purposes, List<String> partners, String givenBy, String method, Instant recordedAt) {

    public boolean allows(Purpose purpose) {
        return purposes.contains(purpose);
    }

    /** Whether the household may be shared with the partner (referral consented, partner named). */
    public boolean allowsReferralTo(String partner) {
        return purposes.contains(Purpose.REFERRAL)
                && partners.stream().anyMatch(named -> named.equalsIgnoreCase(partner));
    }
}
