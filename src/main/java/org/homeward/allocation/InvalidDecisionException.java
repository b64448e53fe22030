package org.homeward.allocation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A decision on an allocation proposal that is incomplete: an override without a centre or a reason, or accepting a household left waiting. */
class InvalidDecisionException extends ProblemException {

    InvalidDecisionException(String message) {
        super(message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return AllocationProblemCode.ALLOCATION_DECISION_INVALID;
    }
}
