package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** An intention that cannot be recorded as sent: each field at fault with its code and reason. */
class InvalidIntentionException extends ProblemException {

    private final transient List<FieldProblem> problems;

    InvalidIntentionException(List<FieldProblem> problems) {
        super("The intention cannot be recorded: "
                + String.join(
                        "; ",
                        problems.stream()
                                .map(problem -> problem.field() + ": " + problem.message())
                                .toList()));
        this.problems = List.copyOf(problems);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return MovementsProblemCode.INTENTION_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
