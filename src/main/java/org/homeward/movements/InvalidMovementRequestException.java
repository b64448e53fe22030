package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a plan, movement, manifest change or decision is asked for with missing or wrong
 * details; names every field at fault (with its row for lists and uploads) and writes nothing.
 */
class InvalidMovementRequestException extends ProblemException {

    private final MovementsProblemCode code;
    private final List<FieldProblem> problems;

    InvalidMovementRequestException(MovementsProblemCode code, List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the request: " + problems.get(0).field() + " "
                + problems.get(0).code());
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static InvalidMovementRequestException of(
            MovementsProblemCode code, String field, ProblemCode fieldCode, String message) {
        return new InvalidMovementRequestException(code, List.of(new FieldProblem(field, fieldCode, message)));
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return code;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
