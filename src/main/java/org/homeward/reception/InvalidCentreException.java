package org.homeward.reception;

import java.util.List;
import org.homeward.web.ProblemException;

/** Thrown when a new centre, or a change to one, has problems; carries all of them, each naming its field. */
public class InvalidCentreException extends ProblemException {

    private final List<FieldProblem> problems;

    InvalidCentreException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the centre: " + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "CENTRE_INVALID";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
