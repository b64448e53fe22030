package org.homeward.places;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no place has the P-code asked for. */
class PlaceNotFoundException extends ProblemException {

    PlaceNotFoundException(String pcode) {
        super("No place has the P-code " + pcode);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return PlacesProblemCode.PLACE_NOT_FOUND;
    }
}
