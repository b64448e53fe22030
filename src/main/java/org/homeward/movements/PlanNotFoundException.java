package org.homeward.movements;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no return plan has the id asked for (or the id is not one at all). */
class PlanNotFoundException extends ProblemException {

    PlanNotFoundException(String id) {
        super("There is no return plan " + id);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return MovementsProblemCode.PLAN_NOT_FOUND;
    }
}
