package org.homeward.allocation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** No allocation proposal has the id asked for. */
class ProposalNotFoundException extends ProblemException {

    ProposalNotFoundException(String message) {
        super(message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return AllocationProblemCode.ALLOCATION_PROPOSAL_NOT_FOUND;
    }
}
