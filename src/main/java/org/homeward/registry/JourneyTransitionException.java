package org.homeward.registry;

import org.homeward.web.ProblemException;

/** Thrown when a journey is asked to move backwards or out of a final status. */
public class JourneyTransitionException extends ProblemException {
    public JourneyTransitionException(JourneyStatus from, JourneyStatus to) {
        super("A journey cannot move from " + from + " to " + to + ": it only moves forward or is withdrawn");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "JOURNEY_TRANSITION_NOT_ALLOWED";
    }
}
