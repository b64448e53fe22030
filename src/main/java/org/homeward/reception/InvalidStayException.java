package org.homeward.reception;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a check-in, check-out or transfer is asked for with missing or wrong details. */
class InvalidStayException extends ProblemException {

    private final List<FieldProblem> problems;

    InvalidStayException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the request: " + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    InvalidStayException(String field, ProblemCode code, String message) {
        this(List.of(new FieldProblem(field, code, message)));
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.STAY_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
