package org.homeward.access;

/** Thrown when a user cannot be created or changed as asked (name taken, weak password, unknown user). */
public class UserProblemException extends RuntimeException {
    public UserProblemException(String message) {
        super(message);
    }
}
