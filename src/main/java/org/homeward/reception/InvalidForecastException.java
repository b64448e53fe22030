package org.homeward.reception;

import java.util.List;
import org.homeward.web.ProblemException;

/** Thrown when a forecast is asked for over a span it cannot cover. */
public class InvalidForecastException extends ProblemException {

    private final FieldProblem problem;

    InvalidForecastException(String field, String code, String message) {
        super(message);
        this.problem = new FieldProblem(field, code, message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "FORECAST_INVALID";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(problem);
    }
}
