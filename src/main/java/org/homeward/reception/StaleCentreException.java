package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when a centre was changed by someone else since the editor read it. */
public class StaleCentreException extends ProblemException {

    StaleCentreException(String code) {
        super("Centre " + code + " was changed by someone else; reload it and apply your change again");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "CENTRE_CHANGED_BY_SOMEONE_ELSE";
    }
}
