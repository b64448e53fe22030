package org.homeward.allocation;

import org.homeward.access.AuditAction;
import org.homeward.allocation.AllocationProposal.Decision;

/** The actions allocation records in the audit trail: runs, lists of their proposals and decisions on them. */
enum AllocationAuditAction implements AuditAction {
    ALLOCATION_RUN_STARTED,
    LIST_ALLOCATION_PROPOSALS,
    ALLOCATION_ACCEPTED,
    ALLOCATION_OVERRIDDEN,
    ALLOCATION_REJECTED;

    /** The action that records a decision taken on a proposal. */
    static AllocationAuditAction deciding(Decision decision) {
        return switch (decision) {
            case ACCEPTED -> ALLOCATION_ACCEPTED;
            case OVERRIDDEN -> ALLOCATION_OVERRIDDEN;
            case REJECTED -> ALLOCATION_REJECTED;
            case PROPOSED -> throw new IllegalArgumentException("Proposing is not a decision on a proposal");
        };
    }
}
