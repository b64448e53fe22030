package org.homeward.statistics;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A statistics question that cannot be answered as asked; names every parameter at fault. */
public class IndicatorQueryException extends ProblemException {

    private final List<FieldProblem> problems;

    public IndicatorQueryException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in the statistics query: "
                + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    static IndicatorQueryException of(String field, ProblemCode code, String message) {
        return new IndicatorQueryException(List.of(new FieldProblem(field, code, message)));
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return StatisticsProblemCode.STATISTICS_QUERY_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
