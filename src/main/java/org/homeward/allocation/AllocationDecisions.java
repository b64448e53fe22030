package org.homeward.allocation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.allocation.AllocationProposal.Decision;
import org.homeward.problems.ProblemException;
import org.homeward.reception.BookPlaces;
import org.homeward.reception.BookingCommands;
import org.homeward.reception.CentreService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes people's decisions on allocation proposals: accept (places are booked for the household at
 * the proposed centre, held until it arrives and is checked in, or the booking is released),
 * override to another centre with a reason (booked there), or reject. Each
 * decision is taken once, stored with who, when and why, and recorded in the audit trail.
 */
@Service
public class AllocationDecisions {

    private final AllocationProposals proposals;
    private final AllocationRuns runs;
    private final BookingCommands bookings;
    private final CentreService centres;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AllocationDecisions(
            AllocationProposals proposals,
            AllocationRuns runs,
            BookingCommands bookings,
            CentreService centres,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.proposals = proposals;
        this.runs = runs;
        this.bookings = bookings;
        this.centres = centres;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional
    public void accept(long proposalId, String actor) {
        AllocationProposal proposal = open(proposalId);
        if (!proposal.placed()) {
            throw new InvalidDecisionException("A household left waiting has no centre to accept; override it instead");
        }
        decide(proposal, Decision.ACCEPTED, proposal.proposedCentre(), null, actor);
    }

    @Transactional
    public void override(long proposalId, String centreCode, String reason, String actor) {
        String centre = centreCode == null ? "" : centreCode.strip();
        String why = reason == null ? "" : reason.strip();
        if (centre.isEmpty() || why.isEmpty()) {
            throw new InvalidDecisionException("An override needs the centre chosen and the reason for it");
        }
        AllocationProposal proposal = open(proposalId);
        if (centre.equals(proposal.proposedCentre())) {
            throw new InvalidDecisionException("The centre chosen is the one proposed; accept the proposal instead");
        }
        String code = centres.find(centre).centre().code();
        decide(proposal, Decision.OVERRIDDEN, code, why, actor);
    }

    @Transactional
    public void reject(long proposalId, String reason, String actor) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        decide(open(proposalId), Decision.REJECTED, null, why, actor);
    }

    /**
     * Accepts every placed proposal of the run still open, each on its own: one that can no longer be
     * taken (the centre filled up, the household arrived elsewhere) stays open and is counted.
     */
    public BulkAcceptance acceptRemaining(UUID runId, String actor) {
        return acceptRemaining(runId, actor, acceptedOrNot -> {});
    }

    /** The same, telling the listener after each proposal whether it was accepted. */
    BulkAcceptance acceptRemaining(UUID runId, String actor, java.util.function.Consumer<Boolean> each) {
        int accepted = 0;
        int refused = 0;
        for (long id : proposals.openPlacedIds(runId)) {
            try {
                transaction.executeWithoutResult(status -> accept(id, actor));
                accepted++;
                each.accept(true);
            } catch (ProblemException e) {
                refused++;
                each.accept(false);
            }
        }
        return new BulkAcceptance(accepted, refused);
    }

    /**
     * Accepts one proposal of a bulk acceptance in a transaction of its own, together with what the caller
     * records alongside (its progress), so that both stay or neither does; false when the proposal could
     * not be taken (the centre filled up, someone decided it meanwhile).
     */
    boolean acceptAlongside(long proposalId, String actor, Runnable alongside) {
        try {
            transaction.executeWithoutResult(status -> {
                accept(proposalId, actor);
                alongside.run();
            });
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    /** What accepting a run's remaining proposals did: how many were accepted and how many could not be. */
    public record BulkAcceptance(int accepted, int refused) {}

    private AllocationProposal open(long proposalId) {
        AllocationProposal proposal = proposals
                .lock(proposalId)
                .orElseThrow(() -> new ProposalNotFoundException("No allocation proposal " + proposalId));
        if (!proposal.open()) {
            throw new ProposalAlreadyDecidedException(
                    "Allocation proposal " + proposalId + " is already " + proposal.decision());
        }
        return proposal;
    }

    private void decide(AllocationProposal proposal, Decision decision, String centre, String reason, String actor) {
        if (centre != null) {
            // Expected by the last day of the run's arrival window; a run without one leaves it to reception's default.
            java.time.LocalDate expectedBy =
                    runs.find(proposal.runId()).map(AllocationRun::windowTo).orElse(null);
            bookings.book(
                    new BookPlaces(
                            centre,
                            proposal.householdId(),
                            expectedBy,
                            "Allocation " + decision.name().toLowerCase(java.util.Locale.ROOT)
                                    + (reason == null ? "" : ": " + reason)),
                    actor);
        }
        proposals.decide(proposal.id(), decision, centre, actor, clock.instant(), reason);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", proposal.runId().toString());
        details.put("proposal", proposal.id());
        details.put("proposedCentre", proposal.proposedCentre() == null ? "" : proposal.proposedCentre());
        details.put("finalCentre", centre == null ? "" : centre);
        audit.recordWithChange(new AuditEntry(
                AllocationAuditAction.deciding(decision),
                "HOUSEHOLD",
                proposal.householdId().toString(),
                reason,
                details));
    }
}
