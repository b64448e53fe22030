package org.homeward.access;

/** Thrown when a new password is too short, too long or too easy to guess; carries the reason as coded data. */
class WeakPasswordException extends UserProblemException {

    private final transient PasswordProblem problem;

    WeakPasswordException(PasswordProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public PasswordProblem problem() {
        return problem;
    }
}
