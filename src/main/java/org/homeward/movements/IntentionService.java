package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a household's intention to return as an officer hears it, and shows its intentions with
 * the current one first. Only households in the caller's scope are found (others are "not found"),
 * and every record and read goes to the audit trail.
 */
@Service
public class IntentionService {

    /** "Today" for a statement's day is reckoned in Syria, where the operation is run from. */
    private final HouseholdQueries households;

    private final IntentionValidator validator;
    private final IntentionRepository intentions;
    private final AuditTrail audit;
    private final Clock clock;

    IntentionService(
            HouseholdQueries households,
            IntentionValidator validator,
            IntentionRepository intentions,
            AuditTrail audit,
            Clock clock) {
        this.households = households;
        this.validator = validator;
        this.intentions = intentions;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records a new intention and answers the household's current one; those before stay in its history. */
    @Transactional
    public ReturnIntention record(UUID householdId, RecordIntentionRequest request, String actor) {
        Household household = households.find(householdId);
        IntentionDetails details = validator.check(request, today());
        intentions.insert(
                details,
                new IntentionRepository.Origin(
                        household.id(),
                        household.journey().originCountry(),
                        household.members().size(),
                        IntentionSource.FORM,
                        null,
                        null,
                        actor,
                        clock.instant()));
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.RECORD_INTENTION,
                "household",
                householdId.toString(),
                null,
                Map.of("intention", details.intention().name())));
        return intentions.history(householdId).get(0);
    }

    /** The household's intentions, the current one first; the read is recorded. */
    List<ReturnIntention> history(UUID householdId) {
        households.find(householdId);
        audit.record(AuditEntry.of(MovementAuditAction.READ_INTENTIONS, "household", householdId.toString()));
        return intentions.history(householdId);
    }

    /** The household as shown beside its intentions (reference and size only are used). */
    Household household(UUID householdId) {
        return households.find(householdId);
    }
}
