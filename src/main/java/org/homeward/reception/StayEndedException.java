package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when a stay that has ended is checked out or transferred again. */
public class StayEndedException extends ProblemException {

    StayEndedException(String id) {
        super("Stay " + id + " has ended already (checked out or transferred)");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "STAY_ALREADY_ENDED";
    }
}
