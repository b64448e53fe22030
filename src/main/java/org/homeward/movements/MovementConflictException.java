package org.homeward.movements;

import org.homeward.web.ProblemException;

/**
 * Thrown when a request is well formed but the plan, movement or household is not in a state that
 * allows it: a movement that has left, a household already scheduled, a name already taken.
 */
public class MovementConflictException extends ProblemException {

    private final String code;

    MovementConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return code;
    }
}
