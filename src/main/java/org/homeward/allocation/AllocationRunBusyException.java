package org.homeward.allocation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** An allocation run cannot start while another one is still running. */
class AllocationRunBusyException extends ProblemException {

    AllocationRunBusyException(String message) {
        super(message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return AllocationProblemCode.ALLOCATION_RUN_BUSY;
    }
}
