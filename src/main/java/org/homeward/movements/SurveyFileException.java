package org.homeward.movements;

import java.util.List;
import org.homeward.registry.ImportProblem;
import org.homeward.web.ProblemException;

/** A survey file that cannot be read at all (not CSV or XLSX, empty, too long): nothing is imported. */
class SurveyFileException extends ProblemException {

    private final transient ImportProblem problem;

    SurveyFileException(long row, String code, String message) {
        super(message);
        this.problem = new ImportProblem(row, "", code, message);
    }

    ImportProblem problem() {
        return problem;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return problem.code();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("file", problem.code(), problem.message()));
    }
}
