package org.homeward.reception;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a centres file has problems; nothing of it is written. Each problem names its row
 * and column; in a problem answer the field reads {@code rows[3].capacity_persons}.
 */
class CentreImportException extends ProblemException {

    private final List<CentreImportProblem> problems;

    CentreImportException(List<CentreImportProblem> problems) {
        super(problems.size() + " problem(s) in the centres file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<CentreImportProblem> problems() {
        return problems;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_IMPORT_INVALID;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems.stream()
                .map(problem -> new FieldProblem(
                        "rows[" + problem.row() + "]." + problem.column(), problem.code(), problem.message()))
                .toList();
    }
}
