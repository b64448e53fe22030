package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A request to print or export that names a paper size, language or format Homeward does not have. */
class InvalidPrintRequestException extends ProblemException {

    private final String field;
    private final MovementsProblemCode code;

    InvalidPrintRequestException(String field, MovementsProblemCode code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return MovementsProblemCode.PRINT_REQUEST_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field, code, getMessage()));
    }
}
