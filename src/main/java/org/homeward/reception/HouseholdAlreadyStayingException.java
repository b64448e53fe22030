package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a household that is staying in a centre is checked in again; transfer it instead. */
class HouseholdAlreadyStayingException extends ProblemException {

    HouseholdAlreadyStayingException(String reference) {
        super("Household " + reference + " is checked in to a centre already, or has places booked at one;"
                + " check it out, transfer it or release the booking");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.HOUSEHOLD_ALREADY_CHECKED_IN;
    }
}
