package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no stay has the id asked for. */
class StayNotFoundException extends ProblemException {

    StayNotFoundException(String id) {
        super("There is no stay " + id);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.STAY_NOT_FOUND;
    }
}
