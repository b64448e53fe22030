package org.homeward.reception;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when members asked to join a stay are staying in it already. */
class MemberAlreadyStayingException extends ProblemException {

    private final List<FieldProblem> problems;

    MemberAlreadyStayingException(List<FieldProblem> problems) {
        super(problems.size() + " of the members named are staying in the centre already");
        this.problems = List.copyOf(problems);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.MEMBER_ALREADY_STAYING;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
