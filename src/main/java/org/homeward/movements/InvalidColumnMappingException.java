package org.homeward.movements;

import java.util.List;
import org.homeward.web.ProblemException;

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
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "COLUMN_MAPPING_INVALID";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
