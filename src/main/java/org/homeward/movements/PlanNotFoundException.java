package org.homeward.movements;

import org.homeward.web.ProblemException;

/** Thrown when no return plan has the id asked for (or the id is not one at all). */
public class PlanNotFoundException extends ProblemException {

    PlanNotFoundException(String id) {
        super("There is no return plan " + id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "PLAN_NOT_FOUND";
    }
}
