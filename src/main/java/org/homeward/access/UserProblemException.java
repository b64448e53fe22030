package org.homeward.access;

/**
 * Thrown when a user cannot be created or changed as asked (name taken, weak password, unknown user).
 * Where the pages must say why in the reader's language it carries a code, {@code admin.problem.CODE}.
 */
public class UserProblemException extends RuntimeException {

    private final String code;

    public UserProblemException(String message) {
        this(null, message);
    }

    public UserProblemException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The problem's code for translated messages, or null when only the (English) message says it. */
    public String code() {
        return code;
    }
}
