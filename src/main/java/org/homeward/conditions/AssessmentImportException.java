package org.homeward.conditions;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when an assessments file has problems; nothing of it is written. In a problem answer each
 * field reads {@code rows[3].assessed_on}.
 */
class AssessmentImportException extends ProblemException {

    private final List<AssessmentImportProblem> problems;

    AssessmentImportException(List<AssessmentImportProblem> problems) {
        super(problems.size() + " problem(s) in the assessments file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    AssessmentImportException(AssessmentImportProblem problem) {
        this(List.of(problem));
    }

    List<AssessmentImportProblem> problems() {
        return problems;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return ConditionsProblemCode.ASSESSMENT_IMPORT_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems.stream()
                .map(problem -> new FieldProblem(
                        "rows[" + problem.row() + "]." + problem.column(), problem.code(), problem.message()))
                .toList();
    }
}
