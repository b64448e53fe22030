package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when a household is checked in to, or transferred to, a closed centre. */
public class CentreClosedException extends ProblemException {

    CentreClosedException(String code) {
        super("Reception centre " + code + " is closed and admits nobody");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "CENTRE_CLOSED";
    }
}
