package org.homeward.statistics;

import java.util.List;
import org.homeward.web.ProblemException;

/** A statistics question that cannot be answered as asked; names every parameter at fault. */
public class IndicatorQueryException extends ProblemException {

    private final List<FieldProblem> problems;

    public IndicatorQueryException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the statistics query: "
                + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    static IndicatorQueryException of(String field, String code, String message) {
        return new IndicatorQueryException(List.of(new FieldProblem(field, code, message)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "STATISTICS_QUERY_INVALID";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
