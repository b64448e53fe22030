package org.homeward.problems;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An exception a feature throws for a request that cannot be served as asked: what kind of problem
 * it is, a stable code from the feature's vocabulary and the fields at fault. The web layer turns it
 * into an RFC 9457 problem and alone decides the status each kind is answered with.
 */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String message) {
        super(message);
    }

    /** What went wrong, in domain words. */
    public abstract ProblemKind kind();

    /** A stable code for programs, such as {@code HOUSEHOLD_NOT_FOUND}. */
    public abstract ProblemCode code();

    /** The fields at fault, each with its own code and message; empty when the request as a whole is at fault. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }

    /** How long the caller should wait before asking again, when waiting would help; empty by default. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /**
     * One field at fault: its name as the request spells it, a code of a feature's vocabulary (or a
     * shared one), answered as its word, and a sentence for people.
     */
    public record FieldProblem(String field, ProblemCode code, String message) implements java.io.Serializable {}
}
