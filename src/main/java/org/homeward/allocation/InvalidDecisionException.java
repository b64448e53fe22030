package org.homeward.allocation;

import org.homeward.web.ProblemException;

/** A decision on an allocation proposal that is incomplete: an override without a centre or a reason, or accepting a household left waiting. */
public class InvalidDecisionException extends ProblemException {

    InvalidDecisionException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "ALLOCATION_DECISION_INVALID";
    }
}
