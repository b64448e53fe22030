package org.homeward.movements;

import java.util.List;
import org.homeward.web.ProblemException;

/**
 * Thrown when boarding, arrival, an alert or a follow-up visit cannot be recorded as asked: the
 * movement or record is not there, is not at the step that allows it, or the request is at fault.
 */
public class BoardingRefusedException extends ProblemException {

    private final int status;
    private final String code;
    private final List<FieldProblem> problems;

    BoardingRefusedException(int status, String code, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** A slip that is not Homeward's or was altered: refused, naming the scanned field. */
    static BoardingRefusedException slip(String detail, String message) {
        return new BoardingRefusedException(
                400, "SLIP_REFUSED", message, List.of(new FieldProblem("scanned", detail, message)));
    }

    static BoardingRefusedException notFound(String code, String message) {
        return new BoardingRefusedException(404, code, message, List.of());
    }

    static BoardingRefusedException conflict(String code, String message) {
        return new BoardingRefusedException(409, code, message, List.of());
    }

    static BoardingRefusedException invalid(String field, String code, String message) {
        return new BoardingRefusedException(400, code, message, List.of(new FieldProblem(field, code, message)));
    }

    /** Several fields at fault at once, each with its own code, under one problem code. */
    static BoardingRefusedException invalid(String code, List<FieldProblem> problems) {
        return new BoardingRefusedException(
                400, code, problems.size() + " problem(s): " + problems.get(0).code(), problems);
    }

    @Override
    public int status() {
        return status;
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
