package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no centre has the code asked for. */
class CentreNotFoundException extends ProblemException {

    CentreNotFoundException(String code) {
        super("There is no reception centre " + code);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_NOT_FOUND;
    }
}
