package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when no centre has the code asked for. */
public class CentreNotFoundException extends ProblemException {

    CentreNotFoundException(String code) {
        super("There is no reception centre " + code);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "CENTRE_NOT_FOUND";
    }
}
