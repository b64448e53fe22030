package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when no stay has the id asked for. */
public class StayNotFoundException extends ProblemException {

    StayNotFoundException(String id) {
        super("There is no stay " + id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "STAY_NOT_FOUND";
    }
}
