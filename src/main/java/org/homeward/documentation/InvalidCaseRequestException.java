package org.homeward.documentation;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a request about a case has fields at fault; each names its field, a code and the reason. */
class InvalidCaseRequestException extends ProblemException {

    private final List<FieldProblem> problems;

    InvalidCaseRequestException(List<FieldProblem> problems) {
        super("The request has " + problems.size() + " field(s) at fault: "
                + problems.stream()
                        .map(problem -> problem.field() + " " + problem.message())
                        .toList());
        this.problems = List.copyOf(problems);
    }

    static InvalidCaseRequestException of(String field, ProblemCode code, String message) {
        return new InvalidCaseRequestException(List.of(new FieldProblem(field, code, message)));
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return DocumentationProblemCode.CASE_REQUEST_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
