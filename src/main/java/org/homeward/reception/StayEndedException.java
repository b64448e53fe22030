package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a stay that has ended is checked out or transferred again. */
class StayEndedException extends ProblemException {

    StayEndedException(String id) {
        super("Stay " + id + " has ended already (checked out or transferred)");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.STAY_ALREADY_ENDED;
    }
}
