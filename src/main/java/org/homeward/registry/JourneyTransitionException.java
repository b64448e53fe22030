package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a journey is asked to move backwards or out of a final status. */
class JourneyTransitionException extends ProblemException {
    public JourneyTransitionException(JourneyStatus from, JourneyStatus to) {
        super("A journey cannot move from " + from + " to " + to + ": it only moves forward or is withdrawn");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.JOURNEY_TRANSITION_NOT_ALLOWED;
    }
}
