package org.homeward.access;

import java.time.Duration;
import java.util.Map;
import org.homeward.web.ProblemException;

/** Thrown when a user made more lookups of one kind than the configured limit allows in the window. */
public class LookupThrottledException extends ProblemException {

    private final Duration retryAfter;

    LookupThrottledException(Duration retryAfter) {
        super("Too many lookups in a short time; wait a moment and try again");
        this.retryAfter = retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String code() {
        return "LOOKUP_THROTTLED";
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds() + 1)));
    }

    /** How long until the next lookup is let through, at the earliest. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
