package org.homeward.movements;

import java.util.List;
import org.homeward.web.ProblemException;

/**
 * A voluntariness request that cannot be served as asked: a refused place, a missing field, the
 * same officer re-confirming, a re-confirmation on the wrong day. The message is already in the
 * caller's language.
 */
public class VoluntarinessException extends ProblemException {

    private final int status;
    private final String code;
    private final List<FieldProblem> fieldProblems;

    VoluntarinessException(int status, String code, String message, List<FieldProblem> fieldProblems) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldProblems = List.copyOf(fieldProblems);
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
        return fieldProblems;
    }
}
