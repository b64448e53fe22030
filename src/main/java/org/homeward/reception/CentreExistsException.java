package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when a new centre would take a code another centre has. */
public class CentreExistsException extends ProblemException {

    CentreExistsException(String code) {
        super("A reception centre with the code " + code + " exists already; change it instead");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "CENTRE_EXISTS";
    }
}
