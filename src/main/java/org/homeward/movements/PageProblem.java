package org.homeward.movements;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;

/** A refusal shown on the page the user came from: its code, its message, and the fields at fault. */
record PageProblem(ProblemCode code, String message, List<ProblemException.FieldProblem> fields)
        implements java.io.Serializable {

    static PageProblem of(ProblemException problem) {
        return new PageProblem(problem.code(), problem.getMessage(), problem.fieldProblems());
    }
}
