package org.homeward.conditions;

import java.util.List;
import org.homeward.web.ProblemException;

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
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "ASSESSMENT_IMPORT_INVALID";
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems.stream()
                .map(problem -> new FieldProblem(
                        "rows[" + problem.row() + "]." + problem.column(), problem.code(), problem.message()))
                .toList();
    }
}
