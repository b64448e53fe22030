package org.homeward.documentation;

import org.homeward.registry.HouseholdRecorded;
import org.homeward.registry.HouseholdsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for documentation gaps each time the registry records a household, or a bulk import writes
 * a batch of them. It runs after the registration or batch is committed, in its own transaction, so a failure here never undoes a registration.
 */
@Component
class CaseProposalListener {

    private static final Logger log = LoggerFactory.getLogger(CaseProposalListener.class);
    private final CaseProposalService proposals;
    private final TransactionTemplate separate;

    CaseProposalListener(CaseProposalService proposals, PlatformTransactionManager transactions) {
        this.proposals = proposals;
        this.separate = new TransactionTemplate(transactions);
        // After commit the registration's transaction is over: proposals need one of their own.
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(HouseholdRecorded recorded) {
        try {
            separate.executeWithoutResult(status -> proposals.proposeFor(recorded.householdId()));
        } catch (RuntimeException e) {
            // Only the household's id: never a name or document number in the log.
            log.warn(
                    "Could not look for documentation gaps of household {}: {}",
                    recorded.householdId(),
                    e.getClass().getSimpleName());
        }
    }

    /** A batch of a bulk import: the same gaps as a registration, proposed for the whole batch at once. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(HouseholdsImported imported) {
        try {
            separate.executeWithoutResult(status -> proposals.proposeForAll(imported.households()));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not look for documentation gaps of {} imported households: {}",
                    imported.households().size(),
                    e.getClass().getSimpleName());
        }
    }
}
