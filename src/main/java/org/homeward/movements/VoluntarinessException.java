package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * A voluntariness request that cannot be served as asked: a refused place, a missing field, the
 * same officer re-confirming, a re-confirmation on the wrong day. The message is already in the
 * caller's language.
 */
class VoluntarinessException extends ProblemException {

    private final ProblemKind kind;
    private final ProblemCode code;
    private final List<FieldProblem> fieldProblems;

    VoluntarinessException(ProblemKind kind, ProblemCode code, String message, List<FieldProblem> fieldProblems) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.fieldProblems = List.copyOf(fieldProblems);
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
        return fieldProblems;
    }
}
