package org.homeward.web;

import java.util.Map;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * The one place where a kind of problem becomes an HTTP status and its hints become headers: the API's
 * problem documents, the error pages and the pages that answer a refusal in place all ask here.
 */
public final class ProblemStatuses {

    private ProblemStatuses() {}

    /** The HTTP status a problem of this kind is answered with. */
    public static int of(ProblemKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_ALLOWED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case REFUSED -> 422;
            case BUSY -> 429;
        };
    }

    /** The HTTP status the problem is answered with. */
    public static int of(ProblemException problem) {
        return of(problem.kind());
    }

    /** The headers the problem is answered with besides its document: {@code Retry-After} in whole seconds. */
    public static Map<String, String> headers(ProblemException problem) {
        // Rounded up and at least one second, so that a caller who waits as told is let through.
        return problem.retryAfter()
                .map(wait -> Map.of("Retry-After", String.valueOf(Math.max(1, wait.toSeconds() + 1))))
                .orElse(Map.of());
    }
}
