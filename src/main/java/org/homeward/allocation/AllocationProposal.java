package org.homeward.allocation;

import java.time.Instant;
import java.util.UUID;

/**
 * The engine's proposal for one household in one run, with the decision people took on it.
 *
 * @param proposedCentre the centre proposed, null when the household waits
 * @param waitingReason  why it waits (a {@code WaitingReason} name), null when a centre is proposed
 * @param finalCentre    the centre decided: the proposed one when accepted, another when overridden
 * @param decisionReason why it was overridden or rejected
 */
public record AllocationProposal(
        long id,
        UUID runId,
        UUID householdId,
        String reference,
        int persons,
        boolean accessible,
        String homePcode,
        String proposedCentre,
        String waitingReason,
        ProposalExplanation explanation,
        Decision decision,
        String finalCentre,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {

    /** What people decided on a proposal. */
    public enum Decision {
        PROPOSED,
        ACCEPTED,
        OVERRIDDEN,
        REJECTED
    }

    public boolean placed() {
        return proposedCentre != null;
    }

    public boolean open() {
        return decision == Decision.PROPOSED;
    }
}
