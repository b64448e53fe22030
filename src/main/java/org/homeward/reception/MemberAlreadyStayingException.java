package org.homeward.reception;

import java.util.List;
import org.homeward.web.ProblemException;

/** Thrown when members asked to join a stay are staying in it already. */
public class MemberAlreadyStayingException extends ProblemException {

    private final List<FieldProblem> problems;

    MemberAlreadyStayingException(List<FieldProblem> problems) {
        super(problems.size() + " of the members named are staying in the centre already");
        this.problems = List.copyOf(problems);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "MEMBER_ALREADY_STAYING";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
