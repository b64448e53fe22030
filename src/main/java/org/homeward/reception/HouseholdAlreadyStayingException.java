package org.homeward.reception;

import org.homeward.web.ProblemException;

/** Thrown when a household that is staying in a centre is checked in again; transfer it instead. */
public class HouseholdAlreadyStayingException extends ProblemException {

    HouseholdAlreadyStayingException(String reference) {
        super("Household " + reference + " is checked in to a centre already, or has places booked at one;"
                + " check it out, transfer it or release the booking");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "HOUSEHOLD_ALREADY_CHECKED_IN";
    }
}
