package org.homeward.access;

import java.time.Duration;
import java.util.Optional;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a user made more lookups of one kind than the configured limit allows in the window. */
public class LookupThrottledException extends ProblemException {

    private final Duration retryAfter;

    LookupThrottledException(Duration retryAfter) {
        super("Too many lookups in a short time; wait a moment and try again");
        this.retryAfter = retryAfter;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.BUSY;
    }

    @Override
    public ProblemCode code() {
        return AccessProblemCode.LOOKUP_THROTTLED;
    }

    /** How long until the next lookup is let through, at the earliest. */
    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
