package org.homeward.access;

import java.util.Optional;

/**
 * Thrown when a user cannot be created or changed as asked (name taken, weak password, unknown user).
 * Where the pages must say why in the reader's language it carries a code of access's vocabulary,
 * worded by the message key {@code problem.<CODE>}.
 */
public class UserProblemException extends RuntimeException {

    private final AccessProblemCode code;

    public UserProblemException(String message) {
        this(null, message);
    }

    public UserProblemException(AccessProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    /** The problem's code for translated messages; empty when only the (English) message says it. */
    public Optional<AccessProblemCode> code() {
        return Optional.ofNullable(code);
    }
}
