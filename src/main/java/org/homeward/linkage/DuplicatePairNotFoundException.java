package org.homeward.linkage;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no duplicate pair has the given id, or the caller may not see both of its households. */
class DuplicatePairNotFoundException extends ProblemException {

    DuplicatePairNotFoundException(long id) {
        super("No duplicate pair " + id);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return LinkageProblemCode.DUPLICATE_PAIR_NOT_FOUND;
    }
}
