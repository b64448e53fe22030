package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a centre was changed by someone else since the editor read it. */
class StaleCentreException extends ProblemException {

    StaleCentreException(String code) {
        super("Centre " + code + " was changed by someone else; reload it and apply your change again");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_CHANGED_BY_SOMEONE_ELSE;
    }
}
