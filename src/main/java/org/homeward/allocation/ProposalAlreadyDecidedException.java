package org.homeward.allocation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A decision on an allocation proposal that was already accepted, overridden or rejected. */
class ProposalAlreadyDecidedException extends ProblemException {

    ProposalAlreadyDecidedException(String message) {
        super(message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return AllocationProblemCode.ALLOCATION_PROPOSAL_DECIDED;
    }
}
