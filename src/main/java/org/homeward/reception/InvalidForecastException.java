package org.homeward.reception;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a forecast is asked for over a span it cannot cover. */
class InvalidForecastException extends ProblemException {

    private final FieldProblem problem;

    InvalidForecastException(String field, ReceptionProblemCode code, String message) {
        super(message);
        this.problem = new FieldProblem(field, code, message);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.FORECAST_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
