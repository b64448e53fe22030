package org.homeward.places;

import java.util.List;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a question about places is asked with a parameter of the wrong form. */
class PlaceQueryException extends ProblemException {

    private final PlacesProblemCode code;
    private final FieldProblem problem;

    PlaceQueryException(String parameter, PlacesProblemCode code, String message) {
        super(message);
        this.code = code;
        this.problem = new FieldProblem(parameter, code, message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public PlacesProblemCode code() {
        return code;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
