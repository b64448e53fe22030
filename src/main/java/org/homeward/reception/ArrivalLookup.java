package org.homeward.reception;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.LookupRateLimiter;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.ReferenceMistypedException;
import org.homeward.registry.SlipCodeRefusedException;
import org.homeward.registry.TypedReferences;
import org.springframework.stereotype.Service;

/**
 * The centre board's lookup of an arriving household by its reference or scanned slip, to choose who checks in.
 * It answers only for the user's centres and households, at most as often as the lookup limit
 * allows, and every answer (found, not found, refused) is in the audit trail without the
 * reference typed.
 */
@Service
class ArrivalLookup {

    private final CentreService centres;
    private final CentreScope scope;
    private final HouseholdQueries households;
    private final LookupRateLimiter limiter;
    private final AuditTrail audit;
    private final TypedReferences references;

    ArrivalLookup(
            CentreService centres,
            CentreScope scope,
            HouseholdQueries households,
            LookupRateLimiter limiter,
            AuditTrail audit,
            TypedReferences references) {
        this.references = references;
        this.centres = centres;
        this.scope = scope;
        this.households = households;
        this.limiter = limiter;
        this.audit = audit;
    }

    /**
     * The household with the reference, to check in at the centre.
     *
     * @throws CentreNotFoundException     when there is no such centre or it is not one of the user's
     * @throws HouseholdNotFoundException  when no household in the user's scope has the reference
     * @throws ReferenceMistypedException  when the reference's check character does not hold
     * @throws SlipCodeRefusedException    when a scanned slip code's signature does not hold
     * @throws org.homeward.access.LookupThrottledException when the user looked up too many references just now
     */
    ArrivalChoice lookUp(String centreCode, String reference) {
        // Every attempt counts, refused ones too: walking other centres' codes must not be a way round the limit.
        limiter.acquire(LookupRateLimiter.HOUSEHOLD_REFERENCE, "centre", centreCode);
        centres.find(centreCode);
        if (!scope.covers(centreCode)) {
            audit.record(new AuditEntry(
                    ReceptionAuditAction.ARRIVAL_LOOKUP_REFUSED,
                    "centre",
                    centreCode,
                    null,
                    Map.of("why", "CENTRE_OUT_OF_SCOPE")));
            throw new CentreNotFoundException(centreCode);
        }
        Household household;
        try {
            // A scanned slip is checked before anything is looked up; a forged one is refused.
            household =
                    households.findByReference(references.referenceOf(reference).orElse(reference));
        } catch (HouseholdNotFoundException | ReferenceMistypedException | SlipCodeRefusedException nobody) {
            audit.record(AuditEntry.of(ReceptionAuditAction.ARRIVAL_LOOKUP_NOT_FOUND, "centre", centreCode));
            throw nobody;
        }
        audit.record(new AuditEntry(
                ReceptionAuditAction.READ_ARRIVAL_MEMBERS,
                "household",
                household.id().toString(),
                null,
                Map.of("centre", centreCode, "members", household.members().size())));
        return new ArrivalChoice(household, needingAccessibleUnit(household));
    }

    private static Set<java.util.UUID> needingAccessibleUnit(Household household) {
        return household.members().stream()
                .filter(member ->
                        member.specificNeeds().stream().anyMatch(ArrivingMembers.NEEDS_ACCESSIBLE_UNIT::contains))
                .map(Individual::id)
                .collect(Collectors.toSet());
    }
}
