package org.homeward.access;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refuses a sign-in attempt that came before its wait after earlier failures was over; the password was not checked. */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait before trying again");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one, for a {@code Retry-After} header. */
    long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
