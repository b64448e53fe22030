package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a household is checked in to, or transferred to, a closed centre. */
class CentreClosedException extends ProblemException {

    CentreClosedException(String code) {
        super("Reception centre " + code + " is closed and admits nobody");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_CLOSED;
    }
}
