package org.homeward.movements;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a request is well formed but the plan, movement or household is not in a state that
 * allows it: a movement that has left, a household already scheduled, a name already taken.
 */
class MovementConflictException extends ProblemException {

    private final MovementsProblemCode code;

    MovementConflictException(MovementsProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
