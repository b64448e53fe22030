package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** An agreement that cannot be recorded as submitted, with every field at fault. */
class InvalidSharingAgreementException extends ProblemException {

    private final List<FieldProblem> problems;

    InvalidSharingAgreementException(List<FieldProblem> problems) {
        super("The sharing agreement cannot be recorded: " + problems.size() + " field(s) to correct");
        this.problems = List.copyOf(problems);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return MovementsProblemCode.SHARING_AGREEMENT_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
