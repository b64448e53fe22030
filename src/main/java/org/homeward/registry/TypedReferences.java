package org.homeward.registry;

import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.access.LookupRateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Finds the one household a search box's text names exactly: a household reference in either form
 * (current {@code HW-7KQ3MZ9TDZ} or older {@code HW-0021619}, with or without the hyphen, in any
 * case), or the signed code of a registration slip as a USB scanner types it. A slip code is
 * checked before anything is looked up: a forged one is refused, never searched. Only households in
 * the caller's scope are found, and each lookup counts against the user's lookup limit.
 */
@Service
public class TypedReferences {

    private final HouseholdRepository households;
    private final CurrentAccess access;
    private final ObjectProvider<SignedSlipReader> slips;
    private final LookupRateLimiter lookups;
    private final AuditTrail audit;

    TypedReferences(
            HouseholdRepository households,
            CurrentAccess access,
            ObjectProvider<SignedSlipReader> slips,
            LookupRateLimiter lookups,
            AuditTrail audit) {
        this.households = households;
        this.access = access;
        this.slips = slips;
        this.lookups = lookups;
        this.audit = audit;
    }

    /** Whether the text is meant as a reference or a slip code rather than a name, a phone or a document. */
    public static boolean namesOneHousehold(String text) {
        return SignedSlipReader.isSlipCode(text)
                || NameQuery.parse(text).reference().isPresent();
    }

    /**
     * Whether the text is meant as a reference or a slip code, a mistyped reference included: such text
     * is looked up (and answered "mistyped"), never searched as a name.
     */
    public static boolean meantAsReference(String text) {
        return namesOneHousehold(text) || NameQuery.shapedLikeReference(text);
    }

    /** The reference the text names, a slip code checked first; empty when the text is not a reference. */
    public Optional<String> referenceOf(String text) {
        if (SignedSlipReader.isSlipCode(text)) {
            SignedSlipReader reader = slips.getIfAvailable();
            Optional<String> signed = reader == null ? Optional.empty() : reader.referenceOf(text);
            if (signed.isEmpty()) {
                audit.record(AuditEntry.of(RegistryAuditAction.SLIP_CODE_REFUSED, "household", null));
                throw new SlipCodeRefusedException();
            }
            return Optional.of(HouseholdReferences.normalised(signed.get()));
        }
        return NameQuery.parse(text).reference();
    }

    /**
     * The household in the caller's scope that the text names exactly, for opening it directly;
     * empty when the text is not a reference or no household of the caller's has it.
     */
    public Optional<UUID> householdNamedBy(String text) {
        Optional<String> reference = referenceOf(text);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        lookups.acquire(LookupRateLimiter.HOUSEHOLD_REFERENCE, "household", null);
        AccessScope scope = access.scope();
        if (!scope.personalData()) {
            return Optional.empty();
        }
        return households
                .idOfReference(reference.get())
                .flatMap(households::find)
                .filter(household -> scope.covers(
                        household.registrationSite(), household.journey().destinationPcode()))
                .map(Household::id);
    }
}
