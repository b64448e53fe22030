package org.homeward.documentation;

import java.util.List;
import org.homeward.web.ProblemException;

/** Thrown when a referral or an outcome is asked for with fields missing or wrong; each problem names its field. */
class InvalidReferralException extends ProblemException {

    private final List<FieldProblem> problems;

    InvalidReferralException(List<FieldProblem> problems) {
        super("The referral is not complete: "
                + String.join(", ", problems.stream().map(FieldProblem::field).toList()));
        this.problems = List.copyOf(problems);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return problems.get(0).code();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
