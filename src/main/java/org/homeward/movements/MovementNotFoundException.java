package org.homeward.movements;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no movement has the id asked for, or the household asked about is not on its manifest. */
final class MovementNotFoundException extends ProblemException {

    private final MovementsProblemCode code;

    private MovementNotFoundException(String message, MovementsProblemCode code) {
        super(message);
        this.code = code;
    }

    static MovementNotFoundException movement(String id) {
        return new MovementNotFoundException("There is no movement " + id, MovementsProblemCode.MOVEMENT_NOT_FOUND);
    }

    static MovementNotFoundException onManifest(String household) {
        return new MovementNotFoundException(
                "Household " + household + " is not on this movement's manifest",
                MovementsProblemCode.HOUSEHOLD_NOT_ON_MANIFEST);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
