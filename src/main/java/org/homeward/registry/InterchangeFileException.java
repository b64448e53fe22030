package org.homeward.registry;

import org.homeward.web.ProblemException;

/** Thrown when an import file cannot be read at all: wrong encoding, broken quoting, missing columns. */
public class InterchangeFileException extends ProblemException {

    private final ImportProblem problem;

    public InterchangeFileException(ImportProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ImportProblem problem() {
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
}
