package org.homeward.web;

import java.util.List;

/**
 * An exception a feature throws for a request that cannot be served as asked; the shared advice
 * turns it into an RFC 9457 problem with its status, a stable code and the fields at fault.
 */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String message) {
        super(message);
    }

    /** The HTTP status to answer with. */
    public abstract int status();

    /** A stable code for programs, such as {@code HOUSEHOLD_NOT_FOUND}. */
    public abstract String code();

    /** The fields at fault, each with its own code and message; empty when the request as a whole is at fault. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }

    /** Headers to answer with besides the problem, such as {@code Retry-After}; none by default. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    /** One field at fault. */
    public record FieldProblem(String field, String code, String message) implements java.io.Serializable {}
}
