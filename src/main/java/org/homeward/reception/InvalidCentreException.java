package org.homeward.reception;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a new centre, or a change to one, has problems; carries all of them, each naming its field. */
class InvalidCentreException extends ProblemException {

    private final List<FieldProblem> problems;

    InvalidCentreException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the centre: " + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
