package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;
import org.homeward.registry.ImportProblem;

/** A survey file that cannot be read at all (not CSV or XLSX, empty, too long): nothing is imported. */
class SurveyFileException extends ProblemException {

    private final ProblemCode code;
    private final transient ImportProblem problem;

    SurveyFileException(long row, ProblemCode code, String message) {
        super(message);
        this.code = code;
        this.problem = new ImportProblem(row, "", code, message);
    }

    ImportProblem problem() {
        return problem;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return code;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("file", code, problem.message()));
    }
}
