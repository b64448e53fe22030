package org.homeward.allocation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** No allocation run has the id asked for. */
class AllocationRunNotFoundException extends ProblemException {

    AllocationRunNotFoundException(String message) {
        super(message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return AllocationProblemCode.ALLOCATION_RUN_NOT_FOUND;
    }
}
