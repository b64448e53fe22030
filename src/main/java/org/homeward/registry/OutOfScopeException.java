package org.homeward.registry;

import org.homeward.web.ProblemException;

/** Thrown when someone registers or moves a household outside their sites and areas. */
public class OutOfScopeException extends ProblemException {

    public OutOfScopeException() {
        super("This household would be outside your registration sites and areas");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String code() {
        return "HOUSEHOLD_OUT_OF_SCOPE";
    }
}
