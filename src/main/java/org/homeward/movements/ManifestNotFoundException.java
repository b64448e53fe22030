package org.homeward.movements;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** No movement with this id, or one with households outside the caller's scope: either way, not found. */
class ManifestNotFoundException extends ProblemException {

    ManifestNotFoundException() {
        super("No such movement");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return MovementsProblemCode.MOVEMENT_NOT_FOUND;
    }
}
