package org.homeward.places;

import org.homeward.web.ProblemException;

/** Thrown when no place has the P-code asked for. */
class PlaceNotFoundException extends ProblemException {

    PlaceNotFoundException(String pcode) {
        super("No place has the P-code " + pcode);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "PLACE_NOT_FOUND";
    }
}
