package org.homeward.documentation;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a referral or an outcome is asked for with fields missing or wrong; each problem names its field. */
class InvalidReferralException extends ProblemException {

    private final List<FieldProblem> problems;

    /** A refusal of the fields at fault under the first one's code. */
    InvalidReferralException(List<FieldProblem> problems) {
        super("The referral is not complete: "
                + String.join(", ", problems.stream().map(FieldProblem::field).toList()));
        this.problems = List.copyOf(problems);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return problems.get(0).code();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
