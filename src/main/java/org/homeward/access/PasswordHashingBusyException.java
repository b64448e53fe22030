package org.homeward.access;

/** Thrown when no password-hashing slot frees up in time, because many sign-ins are being checked at once. */
class PasswordHashingBusyException extends RuntimeException {

    PasswordHashingBusyException() {
        super("Every password-hashing slot is busy");
    }
}
