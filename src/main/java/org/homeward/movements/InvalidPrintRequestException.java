package org.homeward.movements;

import java.util.List;
import org.homeward.web.ProblemException;

/** A request to print or export that names a paper size, language or format Homeward does not have. */
class InvalidPrintRequestException extends ProblemException {

    private final String field;
    private final String code;

    InvalidPrintRequestException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "PRINT_REQUEST_INVALID";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field, code, getMessage()));
    }
}
