package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a new centre would take a code another centre has. */
class CentreExistsException extends ProblemException {

    CentreExistsException(String code) {
        super("A reception centre with the code " + code + " exists already; change it instead");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_EXISTS;
    }
}
