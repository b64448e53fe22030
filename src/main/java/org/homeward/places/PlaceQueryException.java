package org.homeward.places;

import java.util.List;
import org.homeward.web.ProblemException;

/** Thrown when a question about places is asked with a parameter of the wrong form. */
class PlaceQueryException extends ProblemException {

    private final FieldProblem problem;

    PlaceQueryException(String parameter, String code, String message) {
        super(message);
        this.problem = new FieldProblem(parameter, code, message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return problem.code();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
