package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when boarding, arrival, an alert or a follow-up visit cannot be recorded as asked: the
 * movement or record is not there, is not at the step that allows it, or the request is at fault.
 */
class BoardingRefusedException extends ProblemException {

    private final ProblemKind kind;
    private final ProblemCode code;
    private final List<FieldProblem> problems;

    BoardingRefusedException(ProblemKind kind, ProblemCode code, String message, List<FieldProblem> problems) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** A slip that is not Homeward's or was altered: refused, naming the scanned field. */
    static BoardingRefusedException slip(MovementsProblemCode detail, String message) {
        return new BoardingRefusedException(
                ProblemKind.INVALID,
                MovementsProblemCode.SLIP_REFUSED,
                message,
                List.of(new FieldProblem("scanned", detail, message)));
    }

    static BoardingRefusedException notFound(ProblemCode code, String message) {
        return new BoardingRefusedException(ProblemKind.NOT_FOUND, code, message, List.of());
    }

    static BoardingRefusedException conflict(MovementsProblemCode code, String message) {
        return new BoardingRefusedException(ProblemKind.CONFLICT, code, message, List.of());
    }

    static BoardingRefusedException invalid(String field, MovementsProblemCode code, String message) {
        return new BoardingRefusedException(
                ProblemKind.INVALID, code, message, List.of(new FieldProblem(field, code, message)));
    }

    /** Several fields at fault at once, each with its own code, under one problem code. */
    static BoardingRefusedException invalid(MovementsProblemCode code, List<FieldProblem> problems) {
        return new BoardingRefusedException(
                ProblemKind.INVALID,
                code,
                problems.size() + " problem(s): " + problems.get(0).code(),
                problems);
    }

    @Override
    public ProblemKind kind() {
        return kind;
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
