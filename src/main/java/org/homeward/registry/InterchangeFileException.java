package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when an import file cannot be read at all: wrong encoding, broken quoting, missing columns. */
public class InterchangeFileException extends ProblemException {

    private final ImportProblem problem;

    /** A file refused with the problem of its row and column, under that problem's code. */
    public InterchangeFileException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return problem.code();
    }
}
