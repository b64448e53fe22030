package org.homeward.web;

import java.util.List;
import org.homeward.problems.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Tells why a request body could not be read — too large, a control character in a text, a null
 * in a list, or simply not the expected JSON — and names the field at fault when the reader knows it.
 */
final class UnreadableBodies {

    private UnreadableBodies() {}

    static ProblemDetail problem(Throwable failure) {
        BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "A request body of this kind has at most " + tooLarge.limit() / 1024 + " KiB");
            problem.setProperty("code", WebProblemCode.BODY_TOO_LARGE.name());
            return problem;
        }
        JacksonException json = find(failure, JacksonException.class);
        String field = json == null ? "" : fieldOf(json);
        if (find(failure, JsonInputConfiguration.ControlCharacterException.class) != null) {
            return fieldProblem(
                    field,
                    WebProblemCode.TEXT_CONTROL_CHARACTER,
                    "Holds a control character (NUL and the like), which no text may hold");
        }
        if (find(failure, InvalidNullException.class) != null) {
            return fieldProblem(field, WebProblemCode.NULL_ELEMENT, "A list may not hold null; leave the element out");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
        problem.setProperty("code", WebProblemCode.BODY_UNREADABLE.name());
        if (!field.isEmpty()) {
            problem.setProperty(
                    "errors",
                    List.of(new ProblemException.FieldProblem(
                            field, WebProblemCode.BODY_UNREADABLE, "Not of the expected form")));
        }
        return problem;
    }

    private static ProblemDetail fieldProblem(String field, WebProblemCode code, String message) {
        String named = field.isEmpty() ? "body" : field;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The field '" + named + "' is not acceptable: " + message);
        problem.setProperty("code", code.name());
        problem.setProperty("errors", List.of(new ProblemException.FieldProblem(named, code, message)));
        return problem;
    }

    /** The path of the field as the API names fields elsewhere: {@code members[1].givenNameLatin}. */
    static String fieldOf(JacksonException exception) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
