package org.homeward.registry;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a household's registration or update has problems; carries all of them. */
public class InvalidHouseholdException extends ProblemException {

    private final List<ValidationProblem> problems;

    public InvalidHouseholdException(List<ValidationProblem> problems) {
        super(problems.size() + " problem(s) in the household: "
                + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.HOUSEHOLD_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems.stream()
                .map(p -> new FieldProblem(p.field(), p.code(), p.message()))
                .toList();
    }
}
