package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A column mapping that cannot be saved as sent: each part at fault with its code and reason. */
class InvalidColumnMappingException extends ProblemException {

    private final transient List<FieldProblem> problems;

    InvalidColumnMappingException(List<FieldProblem> problems) {
        super("The column mapping cannot be saved: "
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
        return MovementsProblemCode.COLUMN_MAPPING_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
