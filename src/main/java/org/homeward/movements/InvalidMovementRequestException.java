package org.homeward.movements;

import java.util.List;
import org.homeward.web.ProblemException;

/**
 * Thrown when a plan, movement, manifest change or decision is asked for with missing or wrong
 * details; names every field at fault (with its row for lists and uploads) and writes nothing.
 */
public class InvalidMovementRequestException extends ProblemException {

    private final String code;
    private final List<FieldProblem> problems;

    InvalidMovementRequestException(String code, List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the request: " + problems.get(0).field() + " "
                + problems.get(0).code());
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static InvalidMovementRequestException of(String code, String field, String fieldCode, String message) {
        return new InvalidMovementRequestException(code, List.of(new FieldProblem(field, fieldCode, message)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
