package org.homeward.documentation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a referral does not exist or is of a household outside the caller's scope. */
class ReferralNotFoundException extends ProblemException {

    ReferralNotFoundException(String id) {
        super("No referral " + id);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return DocumentationProblemCode.REFERRAL_NOT_FOUND;
    }
}
