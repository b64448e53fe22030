package org.homeward.access;

import org.springframework.security.core.AuthenticationException;

/** Refuses a sign-in attempt for which no password-hashing slot freed up in time; it may be tried again shortly. */
class LoginBusyException extends AuthenticationException {

    LoginBusyException() {
        super("Too many sign-ins are being checked at once; try again shortly");
    }
}
