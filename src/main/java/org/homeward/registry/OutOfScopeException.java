package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when someone registers or moves a household outside their sites and areas. */
class OutOfScopeException extends ProblemException {

    public OutOfScopeException() {
        super("This household would be outside your registration sites and areas");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_ALLOWED;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.HOUSEHOLD_OUT_OF_SCOPE;
    }
}
