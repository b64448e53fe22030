package org.homeward.allocation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** An allocation run asked for cannot be started as asked, such as a window that ends before it starts. */
class InvalidAllocationRunException extends ProblemException {

    InvalidAllocationRunException(String message) {
        super(message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return AllocationProblemCode.ALLOCATION_RUN_INVALID;
    }
}
